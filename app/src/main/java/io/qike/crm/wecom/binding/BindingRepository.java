package io.qike.crm.wecom.binding;

import io.qike.crm.platform.validation.Like;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The members with their bindings, as the 账号绑定 page lists them (wecom_member, wecom_binding, wecom_department). */
@Repository
class BindingRepository {
    private static final String COLUMNS = """
            m.userid, m.name, m.position, m.mobile, m.email, m.in_visible_range, m.seated, b.user_id,
            array(select d.name from wecom_department d where d.id = any(m.department_ids) order by d.id) as departments""";
    private static final String FROM = " from wecom_member m left join wecom_binding b on b.userid = m.userid where m.removed_at is null";
    private static final String SEARCH = " and (cast(? as text) is null or m.name ilike ? or m.userid ilike ? or exists (select 1 from wecom_department d"
            + " where d.id = any(m.department_ids) and d.name ilike ?))";

    private final JdbcClient jdbc;

    BindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MemberLine> page(Boolean bound, String q, int offset, int limit) {
        String like = q == null ? null : Like.contains(q);
        return jdbc.sql("select " + COLUMNS + FROM + boundFilter(bound) + SEARCH
                        + " order by m.in_visible_range desc, m.name, m.userid offset ? limit ?")
                .params(q, like, like, like, offset, limit).query((rs, i) -> line(rs)).list();
    }

    int count(Boolean bound, String q) {
        String like = q == null ? null : Like.contains(q);
        return jdbc.sql("select count(*)" + FROM + boundFilter(bound) + SEARCH).params(q, like, like, like).query(Integer.class).single();
    }

    private static String boundFilter(Boolean bound) {
        return bound == null ? "" : bound ? " and b.user_id is not null" : " and b.user_id is null";
    }

    Optional<MemberLine> member(String userid) {
        return jdbc.sql("select " + COLUMNS + FROM + " and m.userid = ?").param(userid).query((rs, i) -> line(rs)).optional();
    }

    /** Visible members without a seat, as the last sync found them. */
    List<MemberLine> unseated() {
        return jdbc.sql("select " + COLUMNS + FROM + " and m.in_visible_range and not m.seated order by m.name")
                .query((rs, i) -> line(rs)).list();
    }

    int inVisibleRange() {
        return jdbc.sql("select count(*) from wecom_member where removed_at is null and in_visible_range").query(Integer.class).single();
    }

    int boundInVisibleRange() {
        return jdbc.sql("select count(*)" + FROM + " and m.in_visible_range and b.user_id is not null").query(Integer.class).single();
    }

    /** Members in the visible range with a seat but no binding (FAQ 2: 企业初始化). */
    List<String> unboundInRange(int limit) {
        return jdbc.sql("select m.name" + FROM + " and m.in_visible_range and m.seated and b.user_id is null order by m.name limit ?")
                .param(limit).query(String.class).list();
    }

    int countUnboundInRange() {
        return jdbc.sql("select count(*)" + FROM + " and m.in_visible_range and m.seated and b.user_id is null").query(Integer.class).single();
    }

    Optional<String> useridOf(long userId) {
        return jdbc.sql("select userid from wecom_binding where user_id = ?").param(userId).query(String.class).optional();
    }

    List<Long> boundUsers() {
        return jdbc.sql("select user_id from wecom_binding").query(Long.class).list();
    }

    /** Binds (a member already bound to someone else is rebound). */
    void bind(String userid, long userId, long by) {
        jdbc.sql("""
                insert into wecom_binding(userid, user_id, bound_by) values (?, ?, ?)
                on conflict (tenant_id, userid) do update set user_id = excluded.user_id, bound_by = excluded.bound_by, bound_at = now()""")
                .params(userid, userId, by).update();
    }

    Optional<Long> unbind(String userid) {
        return jdbc.sql("delete from wecom_binding where userid = ? returning user_id").param(userid).query(Long.class).optional();
    }

    private static MemberLine line(ResultSet rs) throws SQLException {
        Array a = rs.getArray("departments");
        List<String> depts = a == null ? List.of() : Arrays.asList((String[]) a.getArray());
        return new MemberLine(rs.getString("userid"), rs.getString("name"), depts, rs.getString("position"), rs.getString("mobile"),
                rs.getString("email"), rs.getBoolean("in_visible_range"), rs.getBoolean("seated"), (Long) rs.getObject("user_id"), null);
    }

    List<String> boundUserids() {
        return jdbc.sql("select userid from wecom_binding").query(String.class).list();
    }

    java.util.Map<String, String> names(List<String> userids) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        jdbc.sql("select userid, name from wecom_member where userid = any(?)").param(userids.toArray(String[]::new))
                .query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }
}
