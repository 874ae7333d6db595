package io.qike.crm.intel.lists;

import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresPermission;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved company lists (名单) of the tenant. Adding to a list by name keeps one entry per company name (the
 * first details win); a new name makes a new list.
 */
@Service
@RequiresPermission(Permission.CUSTOMER_VIEW)
public class CompanyLists {
    static final int MAX_ITEMS = 2000;
    private static final String SELECT = """
            select l.id, l.name, l.created_at, u.display_name,
                   (select count(*) from intel_company_list_item i where i.list_id = l.id) as size
            from intel_company_list l join app_user u on u.id = l.created_by""";
    private final JdbcClient jdbc;
    private final AuditLog audit;

    CompanyLists(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<CompanyList> all() {
        return jdbc.sql(SELECT + " order by l.created_at desc").query((rs, i) -> list(rs, List.of())).list();
    }

    public CompanyList get(long id) {
        List<CompanyList.Item> items = jdbc.sql("""
                select name, key_no, found_for, year, sales_amount, sales_percent, relationship, source
                from intel_company_list_item where list_id = ? order by position""").param(id)
                .query((rs, i) -> new CompanyList.Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8))).list();
        return jdbc.sql(SELECT + " where l.id = ?").param(id).query((rs, i) -> list(rs, items)).optional()
                .orElseThrow(() -> new NotFoundException("company_list", id));
    }

    /** Adds the companies to the list of that name (made when missing); returns the list's id. */
    @Transactional
    public long addTo(String listName, List<CompanyList.Item> items) {
        String name = listName == null ? "" : listName.strip();
        if (name.isEmpty()) throw new InvalidInputException(FieldProblem.of("listName", "required"));
        if (name.length() > 100) throw new InvalidInputException(FieldProblem.of("listName", "too_long", 100));
        Map<String, CompanyList.Item> unique = new LinkedHashMap<>();
        for (CompanyList.Item i : items) if (i.name() != null && !i.name().isBlank()) unique.putIfAbsent(i.name().strip(), i);
        if (unique.isEmpty()) throw new InvalidInputException(FieldProblem.of("companies", "required"));
        long id = jdbc.sql("select id from intel_company_list where name = ?").param(name).query(Long.class).optional()
                .orElseGet(() -> create(name));
        int next = jdbc.sql("select coalesce(max(position), 0) from intel_company_list_item where list_id = ?").param(id)
                .query(Integer.class).single();
        int count = jdbc.sql("select count(*) from intel_company_list_item where list_id = ?").param(id).query(Integer.class).single();
        if (count + unique.size() > MAX_ITEMS) throw new InvalidInputException(FieldProblem.of("companies", "too_many", MAX_ITEMS));
        for (Map.Entry<String, CompanyList.Item> e : unique.entrySet()) {
            CompanyList.Item i = e.getValue();
            next += jdbc.sql("""
                    insert into intel_company_list_item(list_id, position, name, key_no, found_for, year, sales_amount, sales_percent,
                                                        relationship, source)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (list_id, name) do nothing""")
                    .params(id, next + 1, e.getKey(), i.keyNo(), i.foundFor(), i.year(), i.salesAmount(), i.salesPercent(),
                            i.relationship(), i.source()).update();
        }
        return id;
    }

    /** Deletes a list: its creator may, and whoever may manage other users' lists. */
    @Transactional
    public void delete(long id) {
        CompanyList l = get(id);
        QikeUser me = CurrentUser.require();
        long owner = jdbc.sql("select created_by from intel_company_list where id = ?").param(id).query(Long.class).single();
        if (owner != me.userId() && !me.can(Permission.INTEL_LISTS_OTHERS)) throw new AccessDeniedException("not the list's creator");
        jdbc.sql("delete from intel_company_list where id = ?").param(id).update();
        audit.record("DELETE", "COMPANY_LIST", id, l.name());
    }

    private long create(String name) {
        long id = jdbc.sql("insert into intel_company_list(name, created_by) values (?, ?) returning id")
                .params(name, CurrentUser.require().userId()).query(Long.class).single();
        audit.record("CREATE", "COMPANY_LIST", id, name);
        return id;
    }

    private static CompanyList list(ResultSet rs, List<CompanyList.Item> items) throws SQLException {
        return new CompanyList(rs.getLong("id"), rs.getString("name"), rs.getInt("size"), rs.getString("display_name"),
                rs.getObject("created_at", java.time.OffsetDateTime.class), items);
    }
}
