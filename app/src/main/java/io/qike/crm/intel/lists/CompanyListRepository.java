package io.qike.crm.intel.lists;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The company lists and their companies ({@code intel_company_list}, {@code intel_company_list_item}). */
@Repository
class CompanyListRepository {
    private static final String SELECT = """
            select l.id, l.name, l.created_at, l.created_by,
                   (select count(*) from intel_company_list_item i where i.list_id = l.id) as size
            from intel_company_list l""";
    private final JdbcClient jdbc;

    /** A list without its companies; the creator's name is the platform's to give. */
    record Header(long id, String name, int size, long createdBy, OffsetDateTime createdAt) {
    }

    CompanyListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Header> all() {
        return jdbc.sql(SELECT + " order by l.created_at desc").query((rs, i) -> header(rs)).list();
    }

    Optional<Header> find(long id) {
        return jdbc.sql(SELECT + " where l.id = ?").param(id).query((rs, i) -> header(rs)).optional();
    }

    List<CompanyList.Item> items(long id) {
        return jdbc.sql("""
                select name, key_no, found_for, year, sales_amount, sales_percent, relationship, source
                from intel_company_list_item where list_id = ? order by position""").param(id)
                .query((rs, i) -> new CompanyList.Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8))).list();
    }

    Optional<Long> idByName(String name, long createdBy) {
        return jdbc.sql("select id from intel_company_list where name = ? and created_by = ?").params(name, createdBy)
                .query(Long.class).optional();
    }

    long insert(String name, long createdBy) {
        return jdbc.sql("insert into intel_company_list(name, created_by) values (?, ?) returning id")
                .params(name, createdBy).query(Long.class).single();
    }

    int lastPosition(long id) {
        return jdbc.sql("select coalesce(max(position), 0) from intel_company_list_item where list_id = ?").param(id)
                .query(Integer.class).single();
    }

    int size(long id) {
        return jdbc.sql("select count(*) from intel_company_list_item where list_id = ?").param(id).query(Integer.class).single();
    }

    /** Adds a company at this position; 0 when the list already has one of that name. */
    int insertItem(long id, int position, String name, CompanyList.Item i) {
        return jdbc.sql("""
                insert into intel_company_list_item(list_id, position, name, key_no, found_for, year, sales_amount, sales_percent,
                                                    relationship, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (list_id, name) do nothing""")
                .params(id, position, name, i.keyNo(), i.foundFor(), i.year(), i.salesAmount(), i.salesPercent(),
                        i.relationship(), i.source()).update();
    }

    long createdBy(long id) {
        return jdbc.sql("select created_by from intel_company_list where id = ?").param(id).query(Long.class).single();
    }

    void delete(long id) {
        jdbc.sql("delete from intel_company_list where id = ?").param(id).update();
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(rs.getLong("id"), rs.getString("name"), rs.getInt("size"), rs.getLong("created_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
