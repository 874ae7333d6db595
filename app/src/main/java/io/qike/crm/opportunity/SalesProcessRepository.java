package io.qike.crm.opportunity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sales processes and their stages (tables {@code sales_process}, {@code sales_stage}); tenants by row-level security. */
@Repository
class SalesProcessRepository {
    private final JdbcClient jdbc;

    SalesProcessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every process of the enterprise with its stages, the default first. */
    List<SalesProcess> all() {
        Map<Long, SalesProcess> processes = new LinkedHashMap<>();
        jdbc.sql("select id, name, is_default from sales_process order by is_default desc, id").query(rs -> {
            processes.put(rs.getLong("id"), new SalesProcess(rs.getLong("id"), rs.getString("name"), rs.getBoolean("is_default"), new ArrayList<>()));
        });
        jdbc.sql("select * from sales_stage order by process_id, position, id").query(this::mapStage).list()
                .forEach(s -> { SalesProcess p = processes.get(s.processId()); if (p != null) p.stages().add(s); });
        return processes.values().stream().map(p -> new SalesProcess(p.id(), p.name(), p.isDefault(), List.copyOf(p.stages()))).toList();
    }

    Optional<SalesStage> stage(long stageId) {
        return jdbc.sql("select * from sales_stage where id = ?").param(stageId).query(this::mapStage).optional();
    }

    /** Locks the default process's row until the transaction ends (one demo seeding at a time). */
    void lockDefault() {
        jdbc.sql("select id from sales_process where is_default for update").query(Long.class).list();
    }

    boolean hasDefault() {
        return jdbc.sql("select count(*) from sales_process where is_default").query(Integer.class).single() > 0;
    }

    long insertProcess(String name, boolean isDefault) {
        return jdbc.sql("insert into sales_process(name, is_default) values (?, ?) returning id").params(name, isDefault)
                .query(Long.class).single();
    }

    boolean processNameTaken(String name, Long selfId) {
        return jdbc.sql("select count(*) from sales_process where name = ? and id <> coalesce(?, -1)").params(name, selfId)
                .query(Integer.class).single() > 0;
    }

    void renameProcess(long id, String name) {
        jdbc.sql("update sales_process set name = ? where id = ?").params(name, id).update();
    }

    long insertStage(long processId, String name, int position, int probability, String kind) {
        return jdbc.sql("insert into sales_stage(process_id, name, position, probability, kind) values (?, ?, ?, ?, ?) returning id")
                .params(processId, name, position, probability, kind).query(Long.class).single();
    }

    void updateStage(long id, String name, int position, int probability) {
        jdbc.sql("update sales_stage set name = ?, position = ?, probability = ? where id = ?").params(name, position, probability, id).update();
    }

    /** Locks the process's stages until the transaction ends (one reordering at a time). */
    void lockStages(long processId) {
        jdbc.sql("select id from sales_stage where process_id = ? order by id for update").param(processId).query(Long.class).list();
    }

    void moveStage(long id, int position) {
        jdbc.sql("update sales_stage set position = ? where id = ?").params(position, id).update();
    }

    boolean stageNameTaken(long processId, String name, Long selfId) {
        return jdbc.sql("select count(*) from sales_stage where process_id = ? and name = ? and id <> coalesce(?, -1)")
                .params(processId, name, selfId).query(Integer.class).single() > 0;
    }

    void deleteStage(long id) {
        jdbc.sql("delete from sales_stage where id = ?").param(id).update();
    }

    private SalesStage mapStage(ResultSet rs, int i) throws SQLException {
        return new SalesStage(rs.getLong("id"), rs.getLong("process_id"), rs.getString("name"), rs.getInt("position"),
                rs.getInt("probability"), rs.getString("kind"));
    }
}
