package io.qike.crm.lead;

import io.qike.crm.customfield.CustomFieldCondition;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.customfield.CustomValueUses;
import io.qike.crm.platform.VisibleOwners;
import io.qike.crm.platform.validation.Like;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lead rows, their history and the members' holding counters. Tenant isolation comes from row-level security, data
 * scope from the caller's {@link VisibleOwners}; a lead waiting in a pool (no owner) is seen by the pool's members.
 * Rows come without the owner's and the pool's names: the service adds them.
 */
@Repository
class LeadRepository implements CustomValueUses {
    private static final String SELECT = "select t.*, t.custom::text as custom_json from lead t";
    /** Leads that count against a member's cap: held from the pool and still open. */
    private static final String OPEN = "('NEW', 'FOLLOWING')";
    private final JdbcClient jdbc;
    private final CustomFields customFields;

    LeadRepository(JdbcClient jdbc, CustomFields customFields) {
        this.jdbc = jdbc;
        this.customFields = customFields;
    }

    record Filter(String q, String status, OffsetDateTime from, OffsetDateTime before) {
    }

    /** A page of the leads the user owns or sees through the data scope, newest first. */
    LeadPage search(Filter f, int page, int size, VisibleOwners visible) {
        StringBuilder where = new StringBuilder(" where t.owner_id is not null and ").append(visible.sqlCondition("t.owner_id"));
        Map<String, Object> params = new HashMap<>(visible.parameters());
        filter(f, where, params);
        return page(where, params, page, size);
    }

    /** A page of the leads waiting in the pool (no owner yet), newest first. */
    LeadPage waiting(long poolId, String q, int page, int size) {
        StringBuilder where = new StringBuilder(" where t.owner_id is null and t.pool_id = :pool");
        Map<String, Object> params = new HashMap<>(Map.of("pool", poolId));
        filter(new Filter(q, null, null, null), where, params);
        return page(where, params, page, size);
    }

    private void filter(Filter f, StringBuilder where, Map<String, Object> params) {
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (t.company_name ilike :q or t.contact_name ilike :q or t.mobile like :q or t.email ilike :q)");
            params.put("q", Like.contains(f.q()));
        }
        if (f.status() != null) { where.append(" and t.status = :status"); params.put("status", f.status()); }
        if (f.from() != null) { where.append(" and t.created_at >= :from"); params.put("from", f.from()); }
        if (f.before() != null) { where.append(" and t.created_at < :before"); params.put("before", f.before()); }
    }

    private LeadPage page(StringBuilder where, Map<String, Object> params, int page, int size) {
        List<Lead> items = jdbc.sql(SELECT + where + " order by t.id desc limit :limit offset :offset").params(params)
                .param("limit", size).param("offset", page * size).query(this::map).list();
        long total = jdbc.sql("select count(*) from lead t" + where).params(params).query(Long.class).single();
        return new LeadPage(items, total, page, size);
    }

    /** The lead when the user sees its owner, or it waits in one of {@code pools} (the user's pools). */
    Optional<Lead> find(long id, VisibleOwners visible, Collection<Long> pools) {
        return jdbc.sql(SELECT + " where t.id = :id and ((t.owner_id is not null and " + visible.sqlCondition("t.owner_id")
                        + ") or (t.owner_id is null and t.pool_id = any(:pools)))")
                .param("id", id).params(visible.parameters()).param("pools", pools.toArray(Long[]::new)).query(this::map).optional();
    }

    /** The lead whoever owns it, for the service's own checks after it found it visible. */
    Optional<Lead> find(long id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(this::map).optional();
    }

    long insert(LeadValues v, Long ownerId, Long poolId, long createdBy) {
        return jdbc.sql("""
                insert into lead(company_name, contact_name, mobile, email, source, region, status, owner_id, pool_id, custom, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?) returning id""")
                .params(v.companyName(), v.contactName(), v.mobile(), v.email(), v.source(), v.region(), v.status(), ownerId, poolId,
                        v.customJson(), createdBy)
                .query(Long.class).single();
    }

    /** Writes the edited fields; false when the lead was converted or changed owner meanwhile. */
    boolean update(long id, LeadValues v, Long expectedOwner, Long ownerId) {
        return jdbc.sql("""
                update lead set company_name = :company, contact_name = :contact, mobile = :mobile, email = :email, source = :source,
                  region = :region, status = :status, owner_id = :owner, custom = cast(:custom as jsonb), updated_at = now(),
                  version = version + 1
                where id = :id and status <> 'CONVERTED' and owner_id is not distinct from :expectedOwner""")
                .param("company", v.companyName()).param("contact", v.contactName()).param("mobile", v.mobile())
                .param("email", v.email()).param("source", v.source()).param("region", v.region()).param("status", v.status())
                .param("owner", ownerId).param("custom", v.customJson()).param("id", id).param("expectedOwner", expectedOwner)
                .update() == 1;
    }

    void delete(long id) {
        jdbc.sql("delete from lead where id = ?").param(id).update();
    }

    /**
     * Locks the member's holding row of the pool (made on first use): claims of one member in one pool run one after
     * the other from here to their commit, so the count below always sees the member's previous claims.
     */
    void lockHolding(long poolId, long userId) {
        jdbc.sql("insert into lead_pool_holding(pool_id, user_id) values (?, ?) on conflict do nothing").params(poolId, userId).update();
        jdbc.sql("select claims from lead_pool_holding where pool_id = ? and user_id = ? for update").params(poolId, userId)
                .query(Long.class).single();
    }

    /** The member's open leads held from the pool. */
    int held(long poolId, long userId) {
        return jdbc.sql("select count(*) from lead where pool_id = ? and owner_id = ? and status in " + OPEN)
                .params(poolId, userId).query(Integer.class).single();
    }

    /**
     * 领取: gives the waiting lead to the member in one conditional statement, and only while they hold fewer than
     * {@code cap} of the pool's open leads (run under {@link #lockHolding}); false when another member took it first
     * or the cap is reached.
     */
    boolean claim(long leadId, long poolId, long userId, int cap) {
        int changed = jdbc.sql("""
                update lead set owner_id = :user, updated_at = now(), version = version + 1
                where id = :id and pool_id = :pool and owner_id is null and status in %s
                  and (select count(*) from lead h where h.pool_id = :pool and h.owner_id = :user and h.status in %s) < :cap"""
                        .formatted(OPEN, OPEN))
                .param("user", userId).param("id", leadId).param("pool", poolId).param("cap", cap).update();
        if (changed == 1) jdbc.sql("update lead_pool_holding set claims = claims + 1 where pool_id = ? and user_id = ?")
                .params(poolId, userId).update();
        return changed == 1;
    }

    /** 分配: gives the lead (waiting, or held by {@code expectedOwner}) to the owner; false when it changed meanwhile. */
    boolean assign(long leadId, Long expectedOwner, long ownerId) {
        return jdbc.sql("""
                update lead set owner_id = ?, updated_at = now(), version = version + 1
                where id = ? and status <> 'CONVERTED' and owner_id is not distinct from ?""")
                .params(ownerId, leadId, expectedOwner).update() == 1;
    }

    /** 退回: the owner's lead goes back to wait in the pool; false when it is no longer theirs. */
    boolean returnToPool(long leadId, long owner, long poolId) {
        return jdbc.sql("""
                update lead set owner_id = null, pool_id = ?, status = case when status = 'INVALID' then status else 'NEW' end,
                  updated_at = now(), version = version + 1
                where id = ? and owner_id = ? and status <> 'CONVERTED'""")
                .params(poolId, leadId, owner).update() == 1;
    }

    /** 转换: the lead became this customer; false when it was converted meanwhile (the caller rolls back). */
    boolean markConverted(long leadId, long customerId) {
        return jdbc.sql("""
                update lead set status = 'CONVERTED', converted_customer_id = ?, converted_at = now(), updated_at = now(),
                  version = version + 1
                where id = ? and status <> 'CONVERTED' and owner_id is not null""")
                .params(customerId, leadId).update() == 1;
    }

    void event(long leadId, String kind, Long actorId, Long ownerId, Long poolId, String reason) {
        jdbc.sql("insert into lead_event(lead_id, kind, actor_id, owner_id, pool_id, reason) values (?, ?, ?, ?, ?, ?)")
                .params(leadId, kind, actorId, ownerId, poolId, reason).update();
    }

    List<LeadEvent> events(long leadId) {
        return jdbc.sql("select * from lead_event where lead_id = ? order by id desc").param(leadId)
                .query((rs, i) -> new LeadEvent(rs.getLong("id"), rs.getString("kind"), rs.getObject("actor_id", Long.class), null,
                        rs.getObject("owner_id", Long.class), null, rs.getObject("pool_id", Long.class), rs.getString("reason"),
                        rs.getObject("created_at", OffsetDateTime.class))).list();
    }

    Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, company_name from lead where id = any(?)").param(ids.stream().distinct().toArray(Long[]::new))
                .query(rs -> { names.put(rs.getLong(1), rs.getString(2)); });
        return names;
    }

    @Override
    public CustomObject object() {
        return CustomObject.LEAD;
    }

    @Override
    public long count(CustomFieldCondition condition) {
        return jdbc.sql("select count(*) from lead t where " + condition.sqlCondition("t.custom"))
                .params(condition.parameters()).query(Long.class).single();
    }

    boolean customValueTaken(CustomFieldCondition condition, Long selfId) {
        return jdbc.sql("select count(*) from lead t where " + condition.sqlCondition("t.custom") + " and t.id <> coalesce(:self, -1)")
                .params(condition.parameters()).param("self", selfId).query(Integer.class).single() > 0;
    }

    private Lead map(ResultSet rs, int i) throws SQLException {
        return new Lead(rs.getLong("id"), rs.getString("company_name"), rs.getString("contact_name"), rs.getString("mobile"),
                rs.getString("email"), rs.getString("source"), rs.getString("region"), rs.getString("status"),
                rs.getObject("owner_id", Long.class), null, rs.getObject("pool_id", Long.class), null,
                customFields.read(rs.getString("custom_json")), rs.getObject("converted_customer_id", Long.class),
                rs.getObject("converted_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
