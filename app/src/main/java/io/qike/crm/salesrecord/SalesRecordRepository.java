package io.qike.crm.salesrecord;

import io.qike.crm.customer.CustomerMergeParticipant;
import io.qike.crm.customfield.CustomFieldCondition;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.customfield.CustomValueUses;
import io.qike.crm.platform.VisibleOwners;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sales record rows (table {@code sales_record}), without their attachments, contact and owner names:
 * the service adds those from {@link AttachmentRepository} and the modules that keep them.
 */
@Repository
class SalesRecordRepository implements CustomValueUses, CustomerMergeParticipant {
    private static final String SELECT = "select s.*, s.custom::text as custom_json from sales_record s";
    private final JdbcClient jdbc;
    private final CustomFields customFields;

    SalesRecordRepository(JdbcClient jdbc, CustomFields customFields) {
        this.jdbc = jdbc;
        this.customFields = customFields;
    }

    /**
     * The records the user may see, newest first: those whose author is one of {@code visible}, or whose customer
     * is one of {@code visibleCustomers} (null: every customer is visible).
     */
    List<SalesRecord> visible(VisibleOwners visible, Long[] visibleCustomers, Long customerId, int limit) {
        Map<String, Object> params = new HashMap<>(visible.parameters());
        String where;
        if (visibleCustomers == null) {
            where = "true";
        } else {
            where = "(" + visible.sqlCondition("s.owner_id") + " or s.customer_id = any(:visibleCustomers))";
            params.put("visibleCustomers", visibleCustomers);
        }
        where += " and s.customer_id is not null"; // a lead's records show on the lead until it becomes a customer
        if (customerId != null) { where += " and s.customer_id = :customerId"; params.put("customerId", customerId); }
        return jdbc.sql(SELECT + " where " + where + " order by s.occurred_at desc, s.id desc limit :limit").params(params)
                .param("limit", limit).query(this::map).list();
    }

    /** The records of one customer: all of them, or only those {@code visible} wrote ({@code authorsOnly}). */
    List<SalesRecord> ofCustomer(long customerId, VisibleOwners visible, boolean authorsOnly, int limit) {
        String condition = authorsOnly ? visible.sqlCondition("s.owner_id") : "true";
        return jdbc.sql(SELECT + " where s.customer_id = :customerId and " + condition
                        + " order by s.occurred_at desc, s.id desc limit :limit")
                .params(authorsOnly ? visible.parameters() : Map.of()).param("customerId", customerId).param("limit", limit)
                .query(this::map).list();
    }

    /** A record, on a customer or on a lead (whoever may see it: the service decides). */
    java.util.Optional<SalesRecord> find(long id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(this::map).optional();
    }

    /** The records of a lead not yet converted, newest first. */
    List<SalesRecord> ofLead(long leadId, int limit) {
        return jdbc.sql(SELECT + " where s.lead_id = :lead and s.customer_id is null order by s.occurred_at desc, s.id desc limit :limit")
                .param("lead", leadId).param("limit", limit).query(this::map).list();
    }

    long insertForLead(long leadId, SalesRecordValues v, long ownerId) {
        return jdbc.sql("""
                insert into sales_record(lead_id, type, content, occurred_at, owner_id, custom)
                values (?, ?, ?, ?, ?, cast(? as jsonb)) returning id""")
                .params(leadId, v.type(), v.content(), v.occurredAt(), ownerId, v.customJson()).query(Long.class).single();
    }

    /** The lead's records become the customer's; how many moved. */
    int moveLeadRecords(long leadId, long customerId) {
        return jdbc.sql("update sales_record set customer_id = ? where lead_id = ? and customer_id is null").params(customerId, leadId).update();
    }

    long insert(long customerId, Long contactId, SalesRecordValues v, long ownerId) {
        return jdbc.sql("""
                insert into sales_record(customer_id, contact_id, type, content, occurred_at, owner_id, custom)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb)) returning id""")
                .params(customerId, contactId, v.type(), v.content(), v.occurredAt(), ownerId, v.customJson())
                .query(Long.class).single();
    }

    /** 下次跟进时间 of a record: set, moved, or cleared with null. */
    void planFollowUp(long id, OffsetDateTime at) {
        jdbc.sql("update sales_record set next_follow_up_at = ? where id = ?").params(at, id).update();
    }

    /** The follow-up a customer's record plans now, if any. */
    java.util.Optional<PlannedFollowUps.Planned> plannedFollowUp(long id) {
        return jdbc.sql("select id, customer_id, owner_id, next_follow_up_at from sales_record where id = ? and next_follow_up_at is not null"
                        + " and customer_id is not null").param(id)
                .query((rs, i) -> new PlannedFollowUps.Planned(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, OffsetDateTime.class)))
                .optional();
    }

    /** A field visit (外勤): a VISIT record with where the member checked in. */
    long insertVisit(long customerId, SalesRecordValues v, long ownerId, Place place) {
        return jdbc.sql("""
                insert into sales_record(customer_id, type, content, occurred_at, owner_id, custom, latitude, longitude, location_address)
                values (?, 'VISIT', ?, ?, ?, cast(? as jsonb), ?, ?, ?) returning id""")
                .params(customerId, v.content(), v.occurredAt(), ownerId, v.customJson(), place.latitude(), place.longitude(), place.address())
                .query(Long.class).single();
    }

    void update(long id, Long customerId, Long contactId, SalesRecordValues v) {
        jdbc.sql("update sales_record set customer_id = ?, contact_id = ?, type = ?, content = ?, occurred_at = ?, custom = cast(? as jsonb) where id = ?")
                .params(customerId, contactId, v.type(), v.content(), v.occurredAt(), v.customJson(), id).update();
    }

    /** When the customer's latest record happened; null when it has none. */
    OffsetDateTime latestOf(long customerId) {
        return jdbc.sql("select max(occurred_at) from sales_record where customer_id = ?").param(customerId)
                .query(OffsetDateTime.class).list().get(0); // one row, its value null when there are none
    }

    void delete(long id) {
        jdbc.sql("delete from sales_record where id = ?").param(id).update();
    }

    @Override
    public CustomObject object() {
        return CustomObject.SALES_RECORD;
    }

    /** Records of the enterprise holding the value, whoever can see them (a custom field's option still in use). */
    @Override
    public long count(CustomFieldCondition condition) {
        return jdbc.sql("select count(*) from sales_record s where " + condition.sqlCondition("s.custom"))
                .params(condition.parameters()).query(Long.class).single();
    }

    boolean customValueTaken(CustomFieldCondition condition, Long selfId) {
        return jdbc.sql("select count(*) from sales_record s where " + condition.sqlCondition("s.custom") + " and s.id <> coalesce(:self, -1)")
                .params(condition.parameters()).param("self", selfId).query(Integer.class).single() > 0;
    }

    private SalesRecord map(ResultSet rs, int i) throws SQLException {
        // A lead's record has no customer yet (customer_id null, lead_id set).
        return new SalesRecord(rs.getLong("id"), rs.getObject("customer_id", Long.class), rs.getObject("contact_id", Long.class),
                null, rs.getString("type"), rs.getString("content"),
                rs.getObject("occurred_at", OffsetDateTime.class), rs.getLong("owner_id"), null, List.of(),
                customFields.read(rs.getString("custom_json")), rs.getObject("created_at", OffsetDateTime.class), Place.read(rs),
                rs.getObject("lead_id", Long.class), rs.getObject("next_follow_up_at", OffsetDateTime.class));
    }

    /** 合并客户: the merged customer's sales records (their attachments with them) belong to the surviving customer. */
    @Override
    public void moveTo(long from, long into) {
        jdbc.sql("update sales_record set customer_id = ? where customer_id = ?").params(into, from).update();
    }
}
