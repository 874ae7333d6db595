package io.qike.crm.wecom.external;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The external contacts WeCom described, their binding to a contact (wecom_external_contact) and followers (wecom_external_follow). */
@Repository
public class ExternalContactRepository {
    /** The stored binding of an external contact. */
    public record Binding(String externalUserId, String name, int type, String corpName, String corpFullName, Long contactId) {
    }

    private final JdbcClient jdbc;

    ExternalContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps what WeCom said of the external contact and each follower it listed; the binding to a contact stays. */
    public void save(ExternalContact c) {
        jdbc.sql("""
                insert into wecom_external_contact(external_userid, name, type, corp_name, corp_full_name, position)
                values (?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, external_userid) do update set name = excluded.name, type = excluded.type,
                  corp_name = excluded.corp_name, corp_full_name = excluded.corp_full_name, position = excluded.position,
                  synced_at = now()""")
                .params(c.externalUserId(), c.name(), c.type(), c.corpName(), c.corpFullName(), c.position()).update();
        for (ExternalContact.Follow f : c.follows()) saveFollow(c.externalUserId(), f);
    }

    private void saveFollow(String externalUserId, ExternalContact.Follow f) {
        jdbc.sql("""
                insert into wecom_external_follow(external_userid, userid, remark, description, tag_ids, add_way, added_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, external_userid, userid) do update set remark = excluded.remark,
                  description = excluded.description, tag_ids = excluded.tag_ids, add_way = excluded.add_way,
                  added_at = excluded.added_at, synced_at = now()""")
                .params(externalUserId, f.userid(), f.remark(), f.description(), f.tagIds().toArray(String[]::new), f.addWay(),
                        f.addedAt() == null ? null : Timestamp.from(f.addedAt()))
                .update();
    }

    /** Replaces the followers with those WeCom listed in a full description of the external contact. */
    public void replaceFollows(ExternalContact c) {
        jdbc.sql("delete from wecom_external_follow where external_userid = ? and not (userid = any(?))")
                .params(c.externalUserId(), c.follows().stream().map(ExternalContact.Follow::userid).toArray(String[]::new)).update();
    }

    public void removeFollow(String externalUserId, String userid) {
        jdbc.sql("delete from wecom_external_follow where external_userid = ? and userid = ?").params(externalUserId, userid).update();
    }

    public Optional<Binding> find(String externalUserId) {
        return jdbc.sql("select * from wecom_external_contact where external_userid = ?").param(externalUserId)
                .query(ExternalContactRepository::binding).optional();
    }

    /** The row, locked until the transaction ends: two imports of one external contact make one contact. */
    public Optional<Binding> lock(String externalUserId) {
        return jdbc.sql("select * from wecom_external_contact where external_userid = ? for update").param(externalUserId)
                .query(ExternalContactRepository::binding).optional();
    }

    /** Binds the external contact to the contact; an earlier binding of that contact to another external contact ends. */
    public void link(String externalUserId, long contactId, long userId) {
        jdbc.sql("update wecom_external_contact set contact_id = null where contact_id = ? and external_userid <> ?")
                .params(contactId, externalUserId).update();
        jdbc.sql("update wecom_external_contact set contact_id = ?, linked_by = ?, linked_at = now() where external_userid = ?")
                .params(contactId, userId, externalUserId).update();
    }

    /** The contact each of these external contacts is bound to (those bound only). */
    public Map<String, Long> contactsOf(Collection<String> externalUserIds) {
        Map<String, Long> found = new HashMap<>();
        if (externalUserIds.isEmpty()) return found;
        jdbc.sql("select external_userid, contact_id from wecom_external_contact where contact_id is not null and external_userid = any(?)")
                .param(externalUserIds.toArray(String[]::new))
                .query((rs, n) -> found.put(rs.getString(1), rs.getLong(2))).list();
        return found;
    }

    public List<String> followers(String externalUserId) {
        return jdbc.sql("select userid from wecom_external_follow where external_userid = ? order by added_at nulls last, userid")
                .param(externalUserId).query(String.class).list();
    }

    public List<ExternalContact.Follow> follows(String externalUserId) {
        return jdbc.sql("select * from wecom_external_follow where external_userid = ? order by added_at nulls last, userid")
                .param(externalUserId).query((rs, n) -> new ExternalContact.Follow(rs.getString("userid"), rs.getString("remark"),
                        rs.getString("description"), strings(rs.getArray("tag_ids")), (Integer) rs.getObject("add_way"),
                        rs.getTimestamp("added_at") == null ? null : rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    /** The bound WeCom members (wecom_binding) and their Qike users, by member userid, in userid order. */
    public Map<String, Long> boundMembers() {
        Map<String, Long> found = new java.util.LinkedHashMap<>();
        jdbc.sql("select userid, user_id from wecom_binding order by userid")
                .query((rs, n) -> found.put(rs.getString(1), rs.getLong(2))).list();
        return found;
    }

    /** The name WeCom gives each bound member (the directory sync's), by member userid; the userid when not synced. */
    public Map<String, String> memberNames() {
        Map<String, String> found = new HashMap<>();
        jdbc.sql("select b.userid, coalesce(m.name, b.userid) from wecom_binding b left join wecom_member m on m.userid = b.userid")
                .query((rs, n) -> found.put(rs.getString(1), rs.getString(2))).list();
        return found;
    }

    private static Binding binding(ResultSet rs, int n) throws SQLException {
        return new Binding(rs.getString("external_userid"), rs.getString("name"), rs.getInt("type"), rs.getString("corp_name"),
                rs.getString("corp_full_name"), (Long) rs.getObject("contact_id"));
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) a.getArray()));
    }
}
