package io.qike.crm.wecom.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Writes the mirrored directory (wecom_department, wecom_member) and the sync log (wecom_directory_sync). */
@Repository
class DirectoryRepository {
    /** A member as stored, to tell what a sync changed. */
    record Stored(WecomDirectory.Person person, boolean inVisibleRange, boolean seated, boolean active) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    DirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Stored> members() {
        Map<String, Stored> out = new HashMap<>();
        jdbc.sql("select userid, name, department_ids, position, mobile, email, status, in_visible_range, seated, removed_at is null as active from wecom_member")
                .query(rs -> {
                    out.put(rs.getString("userid"), new Stored(person(rs), rs.getBoolean("in_visible_range"), rs.getBoolean("seated"),
                            rs.getBoolean("active")));
                });
        return out;
    }

    Optional<Stored> member(String userid) {
        return jdbc.sql("select userid, name, department_ids, position, mobile, email, status, in_visible_range, seated, removed_at is null as active from wecom_member where userid = ?")
                .param(userid).query((rs, i) -> new Stored(person(rs), rs.getBoolean("in_visible_range"), rs.getBoolean("seated"),
                        rs.getBoolean("active"))).optional();
    }

    private static WecomDirectory.Person person(ResultSet rs) throws SQLException {
        Array a = rs.getArray("department_ids");
        List<Long> depts = a == null ? List.of() : Arrays.asList((Long[]) a.getArray());
        Integer status = (Integer) rs.getObject("status");
        return new WecomDirectory.Person(rs.getString("userid"), rs.getString("name"), depts, rs.getString("position"),
                rs.getString("mobile"), rs.getString("email"), status);
    }

    /** Inserts or updates these members in one statement (a name not read keeps the stored one). */
    void upsert(List<Stored> members) {
        if (members.isEmpty()) return;
        List<Map<String, Object>> rows = new ArrayList<>(members.size());
        for (Stored s : members) {
            WecomDirectory.Person p = s.person();
            Map<String, Object> r = new HashMap<>();
            r.put("userid", p.userid());
            r.put("name", p.name());
            r.put("department_ids", p.departments());
            r.put("position", p.position());
            r.put("mobile", p.mobile());
            r.put("email", p.email());
            r.put("status", p.status());
            r.put("in_visible_range", s.inVisibleRange());
            r.put("seated", s.seated());
            rows.add(r);
        }
        jdbc.sql("""
                insert into wecom_member(userid, name, department_ids, position, mobile, email, status, in_visible_range, seated, synced_at, removed_at)
                select x.userid, coalesce(x.name, x.userid), x.department_ids, x.position, x.mobile, x.email, x.status, x.in_visible_range,
                       x.seated, now(), null
                from jsonb_to_recordset(cast(? as jsonb)) as x(userid text, name text, department_ids bigint[], position text, mobile text,
                     email text, status integer, in_visible_range boolean, seated boolean)
                on conflict (tenant_id, userid) do update set name = coalesce(excluded.name, wecom_member.name) ,
                  department_ids = excluded.department_ids, position = excluded.position, mobile = excluded.mobile, email = excluded.email,
                  status = excluded.status, in_visible_range = excluded.in_visible_range, seated = excluded.seated,
                  synced_at = now(), removed_at = null""").param(json.writeValueAsString(rows)).update();
    }

    void remove(List<String> userids) {
        if (userids.isEmpty()) return;
        jdbc.sql("update wecom_member set removed_at = now() where userid = any(?) and removed_at is null")
                .param(userids.toArray(String[]::new)).update();
    }

    /** A member renamed in WeCom (NewUserID): the row and its binding follow. */
    void rename(String from, String to) {
        jdbc.sql("delete from wecom_member where userid = ? and removed_at is not null").param(to).update();
        jdbc.sql("update wecom_member set userid = ? where userid = ?").params(to, from).update();
        jdbc.sql("update wecom_binding set userid = ? where userid = ?").params(to, from).update();
    }

    /** Replaces the departments with these. */
    void replaceDepartments(List<WecomDirectory.Dept> departments) {
        jdbc.sql("delete from wecom_department where not (id = any(?))")
                .param(departments.stream().map(WecomDirectory.Dept::id).toArray(Long[]::new)).update();
        departments.forEach(this::upsertDepartment);
    }

    void upsertDepartment(WecomDirectory.Dept d) {
        jdbc.sql("""
                insert into wecom_department(id, parent_id, name, "order", synced_at) values (?, ?, ?, ?, now())
                on conflict (tenant_id, id) do update set parent_id = excluded.parent_id, name = excluded.name,
                  "order" = excluded."order", synced_at = now()""").params(d.id(), d.parentId(), d.name(), d.order()).update();
    }

    /** Updates only what the event carried (name, parent, order may each be absent). */
    void patchDepartment(long id, Long parentId, String name, Long order) {
        jdbc.sql("""
                insert into wecom_department(id, parent_id, name, "order") values (?, ?, coalesce(?, ''), coalesce(?, 0))
                on conflict (tenant_id, id) do update set parent_id = coalesce(?, wecom_department.parent_id),
                  name = coalesce(?, wecom_department.name), "order" = coalesce(?, wecom_department."order"), synced_at = now()""")
                .params(id, parentId, name, order, parentId, name, order).update();
    }

    void deleteDepartment(long id) {
        jdbc.sql("delete from wecom_department where id = ?").param(id).update();
    }

    long startSync(Long jobId, boolean scheduled) {
        return jdbc.sql("insert into wecom_directory_sync(job_id, scheduled) values (?, ?) returning id").params(jobId, scheduled)
                .query(Long.class).single();
    }

    void finishSync(long id, int departments, int members, int added, int changed, int removed, int visible, int unseated,
                    List<String> notes, Integer errcode, String errorKey) {
        jdbc.sql("""
                update wecom_directory_sync set finished_at = clock_timestamp(), departments = ?, members = ?, members_added = ?,
                  members_changed = ?, members_removed = ?, in_visible_range = ?, unseated = ?, notes = ?, errcode = ?, error_key = ?
                where id = ?""").params(departments, members, added, changed, removed, visible, unseated, notes.toArray(String[]::new),
                errcode, errorKey, id).update();
    }

    List<SyncLine> syncs(int limit) {
        return jdbc.sql("select * from wecom_directory_sync order by id desc limit ?").param(limit).query((rs, i) -> new SyncLine(
                rs.getLong("id"), (Long) rs.getObject("job_id"), rs.getBoolean("scheduled"), rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(), rs.getInt("departments"),
                rs.getInt("members"), rs.getInt("members_added"), rs.getInt("members_changed"), rs.getInt("members_removed"),
                rs.getInt("in_visible_range"), rs.getInt("unseated"), Arrays.asList((String[]) rs.getArray("notes").getArray()),
                (Integer) rs.getObject("errcode"), rs.getString("error_key"))).list();
    }

    List<SyncTenant> syncTenants() {
        return jdbc.sql("select tenant_id, run_as from qike_wecom_sync_tenants()")
                .query((rs, i) -> new SyncTenant(rs.getLong(1), (Long) rs.getObject(2))).list();
    }

    record SyncTenant(long tenantId, Long runAs) {
    }
}
