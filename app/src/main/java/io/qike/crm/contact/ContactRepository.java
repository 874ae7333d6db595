package io.qike.crm.contact;

import io.qike.crm.customer.CustomerMergeParticipant;
import io.qike.crm.customfield.CustomFieldCondition;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.customfield.CustomValueUses;
import io.qike.crm.platform.VisibleOwners;
import io.qike.crm.platform.validation.Like;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Contact rows. Tenant isolation comes from row-level security, data scope from the caller's {@link
 * VisibleOwners}. Rows come without the customer's and the owner's names: the service adds them from
 * their owners' modules.
 */
@Repository
class ContactRepository implements CustomValueUses, CustomerMergeParticipant {
    private static final String SELECT = "select t.*, t.custom::text as custom_json from contact t";
    private static final String INSERT = """
            insert into contact(customer_id, name, mobile, email, title, owner_id, custom)
            values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CustomFields customFields;

    ContactRepository(JdbcClient jdbc, JdbcTemplate template, CustomFields customFields) {
        this.jdbc = jdbc;
        this.template = template;
        this.customFields = customFields;
    }

    /**
     * A list request, checked: {@code ownersIn} (null for any owner) stands for a department filter, {@code from}
     * and {@code to} are creation days, both included.
     */
    record Filter(String q, Long customerId, List<Long> ownersIn, OffsetDateTime from, OffsetDateTime before) {
    }

    /** A page of contacts, newest first, whose name, mobile or e-mail contains the keyword and that pass the filters. */
    ContactPage search(Filter f, int page, int size, VisibleOwners visible) {
        StringBuilder where = new StringBuilder(" where ").append(visible.sqlCondition("t.owner_id"));
        Map<String, Object> params = new HashMap<>(visible.parameters());
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (t.name ilike :q or t.mobile like :q or t.email ilike :q)");
            params.put("q", Like.contains(f.q()));
        }
        if (f.customerId() != null) { where.append(" and t.customer_id = :customerId"); params.put("customerId", f.customerId()); }
        if (f.ownersIn() != null) {
            where.append(" and t.owner_id = any(:ownersIn)");
            params.put("ownersIn", f.ownersIn().toArray(Long[]::new));
        }
        if (f.from() != null) { where.append(" and t.created_at >= :from"); params.put("from", f.from()); }
        if (f.before() != null) { where.append(" and t.created_at < :before"); params.put("before", f.before()); }
        List<Contact> items = jdbc.sql(SELECT + where + " order by t.id desc limit :limit offset :offset").params(params)
                .param("limit", size).param("offset", page * size).query(this::map).list();
        long total = jdbc.sql("select count(*) from contact t" + where).params(params).query(Long.class).single();
        return new ContactPage(items, total, page, size);
    }

    Optional<Contact> find(long id, VisibleOwners visible) {
        return jdbc.sql(SELECT + " where t.id = :id and " + visible.sqlCondition("t.owner_id")).param("id", id)
                .params(visible.parameters()).query(this::map).optional();
    }

    long insert(ContactValues v, long ownerId) {
        return jdbc.sql("""
                insert into contact(customer_id, name, mobile, email, title, wecom_external_userid, owner_id, custom)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb)) returning id""")
                .params(v.customerId(), v.name(), v.mobile(), v.email(), v.title(), v.wecomExternalUserId(), ownerId, v.customJson())
                .query(Long.class).single();
    }

    void update(long id, ContactValues v, long ownerId) {
        jdbc.sql("""
                update contact set customer_id = ?, name = ?, mobile = ?, email = ?, title = ?, wecom_external_userid = ?,
                  owner_id = ?, custom = cast(? as jsonb), updated_at = now() where id = ?""")
                .params(v.customerId(), v.name(), v.mobile(), v.email(), v.title(), v.wecomExternalUserId(), ownerId,
                        v.customJson(), id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from contact where id = ?").param(id).update();
    }

    /** Inserts checked import rows with JDBC batches, in the caller's transaction. */
    void insertAll(List<ContactBatch.Values> rows) {
        template.batchUpdate(INSERT, rows, rows.size(), (ps, v) -> {
            ps.setObject(1, v.customerId(), Types.BIGINT);
            ps.setString(2, v.name());
            ps.setString(3, v.mobile());
            ps.setString(4, v.email());
            ps.setString(5, v.title());
            ps.setLong(6, v.ownerId());
            ps.setString(7, v.customJson());
        });
    }

    @Override
    public CustomObject object() {
        return CustomObject.CONTACT;
    }

    /** Records of the enterprise holding the value, whoever can see them (a custom field's option still in use). */
    @Override
    public long count(CustomFieldCondition condition) {
        return jdbc.sql("select count(*) from contact t where " + condition.sqlCondition("t.custom"))
                .params(condition.parameters()).query(Long.class).single();
    }

    boolean customValueTaken(CustomFieldCondition condition, Long selfId) {
        return jdbc.sql("select count(*) from contact t where " + condition.sqlCondition("t.custom") + " and t.id <> coalesce(:self, -1)")
                .params(condition.parameters()).param("self", selfId).query(Integer.class).single() > 0;
    }

    Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, name from contact where id = any(?)").param(ids.stream().distinct().toArray(Long[]::new))
                .query(rs -> { names.put(rs.getLong(1), rs.getString(2)); });
        return names;
    }

    boolean belongsTo(long contactId, Long customerId) {
        return jdbc.sql("select count(*) from contact where id = ? and customer_id = ?").params(contactId, customerId)
                .query(Integer.class).single() > 0;
    }

    private Contact map(ResultSet rs, int i) throws SQLException {
        return new Contact(rs.getLong("id"), rs.getObject("customer_id", Long.class), null,
                rs.getString("name"), rs.getString("mobile"), rs.getString("email"), rs.getString("title"),
                rs.getString("wecom_external_userid"), rs.getLong("owner_id"), null,
                customFields.read(rs.getString("custom_json")), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    /** 合并客户: the merged customer's contacts belong to the surviving customer. */
    @Override
    public void moveTo(long from, long into) {
        jdbc.sql("update contact set customer_id = ?, updated_at = now() where customer_id = ?").params(into, from).update();
    }
}
