package io.qike.crm.opportunity;

import io.qike.crm.customer.CustomerDeals;
import io.qike.crm.customfield.CustomFieldCondition;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.customfield.CustomValueUses;
import io.qike.crm.platform.VisibleOwners;
import io.qike.crm.platform.validation.Like;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Opportunity rows and their product lines (tables {@code opportunity}, {@code opportunity_line}). Tenant isolation
 * comes from row-level security, data scope from the caller's {@link VisibleOwners}; rows come without the
 * customer's, owner's and stage's names, which the service adds.
 */
@Repository
class OpportunityRepository implements CustomValueUses {
    private static final String SELECT = "select o.*, o.custom::text as custom_json from opportunity o";
    private final JdbcClient jdbc;
    private final CustomFields customFields;

    OpportunityRepository(JdbcClient jdbc, CustomFields customFields) {
        this.jdbc = jdbc;
        this.customFields = customFields;
    }

    /** A checked list request: {@code ownersIn} null for any owner (it stands for the owner and department filters). */
    record Filter(String q, Long stageId, String status, List<Long> ownersIn, Long customerId, LocalDate closeFrom, LocalDate closeTo,
                  Long processId) {
    }

    /** The values written for an opportunity, checked. */
    record Row(long customerId, String name, BigDecimal amount, LocalDate expectedCloseOn, long processId, long stageId,
               int probability, long ownerId, String status, String closeReason, String customJson) {
    }

    OpportunityPage search(Filter f, int page, int size, VisibleOwners visible) {
        StringBuilder where = new StringBuilder(" where ").append(visible.sqlCondition("o.owner_id"));
        Map<String, Object> params = new HashMap<>(visible.parameters());
        if (f.q() != null && !f.q().isBlank()) { where.append(" and o.name ilike :q"); params.put("q", Like.contains(f.q())); }
        if (f.stageId() != null) { where.append(" and o.stage_id = :stageId"); params.put("stageId", f.stageId()); }
        if (f.processId() != null) { where.append(" and o.process_id = :processId"); params.put("processId", f.processId()); }
        if (f.status() != null) { where.append(" and o.status = :status"); params.put("status", f.status()); }
        if (f.customerId() != null) { where.append(" and o.customer_id = :customerId"); params.put("customerId", f.customerId()); }
        if (f.ownersIn() != null) { where.append(" and o.owner_id = any(:ownersIn)"); params.put("ownersIn", f.ownersIn().toArray(Long[]::new)); }
        if (f.closeFrom() != null) { where.append(" and o.expected_close_on >= :closeFrom"); params.put("closeFrom", f.closeFrom()); }
        if (f.closeTo() != null) { where.append(" and o.expected_close_on <= :closeTo"); params.put("closeTo", f.closeTo()); }
        List<Opportunity> items = jdbc.sql(SELECT + where + " order by o.id desc limit :limit offset :offset").params(params)
                .param("limit", size).param("offset", page * size).query(this::map).list();
        long total = jdbc.sql("select count(*) from opportunity o" + where).params(params).query(Long.class).single();
        return new OpportunityPage(items, total, page, size);
    }

    Optional<Opportunity> find(long id, VisibleOwners visible) {
        return jdbc.sql(SELECT + " where o.id = :id and " + visible.sqlCondition("o.owner_id")).param("id", id)
                .params(visible.parameters()).query(this::map).optional();
    }

    long insert(Row r, int reachedPosition, Long createdBy, Long sourceLeadId) {
        return jdbc.sql("""
                insert into opportunity(customer_id, name, amount, expected_close_on, process_id, stage_id, probability, reached_position,
                  owner_id, status, close_reason, closed_at, custom, created_by, source_lead_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, case when ? = 'OPEN' then null else now() end, cast(? as jsonb), ?, ?) returning id""")
                .params(r.customerId(), r.name(), r.amount(), r.expectedCloseOn(), r.processId(), r.stageId(), r.probability(), reachedPosition,
                        r.ownerId(), r.status(), r.closeReason(), r.status(), r.customJson(), createdBy, sourceLeadId)
                .query(Long.class).single();
    }

    /** Writes the row; closed_at is set when it closes now, kept while it stays closed, cleared when it reopens. */
    void update(long id, Row r, int reachedPosition) {
        jdbc.sql("""
                update opportunity set customer_id = ?, name = ?, amount = ?, expected_close_on = ?, process_id = ?, stage_id = ?,
                  probability = ?, reached_position = greatest(reached_position, ?), owner_id = ?,
                  closed_at = case when ? = 'OPEN' then null when status = ? then closed_at else now() end,
                  status = ?, close_reason = ?, custom = cast(? as jsonb), updated_at = now() where id = ?""")
                .params(r.customerId(), r.name(), r.amount(), r.expectedCloseOn(), r.processId(), r.stageId(), r.probability(), reachedPosition,
                        r.ownerId(), r.status(), r.status(), r.status(), r.closeReason(), r.customJson(), id).update();
    }

    /** 推进阶段: the stage, its probability and status; closed_at and the reason as in {@link #update}. */
    void moveStage(long id, SalesStage stage, String reason) {
        jdbc.sql("""
                update opportunity set stage_id = ?, probability = ?, reached_position = greatest(reached_position, ?),
                  closed_at = case when ? = 'OPEN' then null when status = ? then closed_at else now() end,
                  status = ?, close_reason = ?, updated_at = now() where id = ?""")
                .params(stage.id(), stage.probability(), stage.open() ? stage.position() : 0, stage.kind(), stage.kind(), stage.kind(), reason, id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from opportunity where id = ?").param(id).update();
    }

    /**
     * After a reordering of the process's stages: the furthest position each opportunity reached, old position → new
     * (one statement, so a swap does not map a row twice); the rollup's triggers follow.
     */
    void renumberReached(long processId, Map<Integer, Integer> oldToNew) {
        if (oldToNew.isEmpty()) return;
        List<Object> params = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        oldToNew.forEach((from, to) -> {
            values.append(values.isEmpty() ? "" : ", ").append("(?, ?)");
            params.add(from);
            params.add(to);
        });
        params.add(processId);
        jdbc.sql("update opportunity o set reached_position = m.new_position from (values " + values
                + ") as m(old_position, new_position) where o.reached_position = m.old_position and o.process_id = ?").params(params).update();
    }

    long countAtStage(long stageId) {
        return jdbc.sql("select count(*) from opportunity where stage_id = ?").param(stageId).query(Long.class).single();
    }

    boolean existsForLead(long leadId) {
        return jdbc.sql("select count(*) from opportunity where source_lead_id = ?").param(leadId).query(Integer.class).single() > 0;
    }

    List<OpportunityLine> lines(long opportunityId) {
        return jdbc.sql("select name, quantity, unit_price from opportunity_line where opportunity_id = ? order by position, id")
                .param(opportunityId).query((rs, i) -> new OpportunityLine(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3))).list();
    }

    void replaceLines(long opportunityId, List<OpportunityLine> lines) {
        jdbc.sql("delete from opportunity_line where opportunity_id = ?").param(opportunityId).update();
        for (int i = 0; i < lines.size(); i++) {
            OpportunityLine l = lines.get(i);
            jdbc.sql("insert into opportunity_line(opportunity_id, position, name, quantity, unit_price) values (?, ?, ?, ?, ?)")
                    .params(opportunityId, i, l.name(), l.quantity(), l.unitPrice()).update();
        }
    }

    /** The customer's figures: the highest probability among its open opportunities, its latest win. */
    CustomerDeals.Figures figures(long customerId) {
        return jdbc.sql("""
                select max(probability) filter (where status = 'OPEN') as p, max(closed_at) filter (where status = 'WON') as w
                from opportunity where customer_id = ?""").param(customerId)
                .query((rs, i) -> new CustomerDeals.Figures(rs.getObject("p", Integer.class), rs.getObject("w", OffsetDateTime.class))).single();
    }

    /**
     * The most recently changed opportunities at each stage of the process, up to {@code perStage} each: for a scope of
     * a few owners, the newest of each owner at each stage (index {@code opportunity_owner_board_idx}) merged; for
     * everyone, the newest of each stage ({@code opportunity_stage_board_idx}).
     */
    List<Opportunity> cards(long processId, VisibleOwners visible, int perStage) {
        String newest = visible.everyone()
                ? "select o.* from opportunity o where o.stage_id = s.id order by o.updated_at desc, o.id desc limit :perStage"
                : "select y.* from unnest(cast(:owners as bigint[])) u(owner) cross join lateral (select o.* from opportunity o"
                        + " where o.owner_id = u.owner and o.stage_id = s.id order by o.updated_at desc, o.id desc limit :perStage) y"
                        + " order by y.updated_at desc, y.id desc limit :perStage";
        var spec = jdbc.sql("select x.*, x.custom::text as custom_json from sales_stage s cross join lateral (" + newest + ") x"
                + " where s.process_id = :processId").param("processId", processId).param("perStage", perStage);
        if (!visible.everyone()) spec = spec.param("owners", java.util.Arrays.stream(visible.ownerIds()).boxed().toArray(Long[]::new));
        return spec.query(this::map).list();
    }

    /**
     * One row per (stage, status, furthest position reached) in scope, for the kanban's totals and the funnel: from
     * {@code opportunity_rollup} (kept by triggers, V85), a few rows per owner however many opportunities they have.
     */
    List<FunnelRow> funnelRows(long processId, VisibleOwners visible) {
        return jdbc.sql("select stage_id, status, reached_position, sum(n) as n, sum(amount) as amount from opportunity_rollup o"
                        + " where o.process_id = :processId and " + visible.sqlCondition("o.owner_id")
                        + " group by stage_id, status, reached_position having sum(n) > 0")
                .params(visible.parameters()).param("processId", processId)
                .query((rs, i) -> new FunnelRow(rs.getLong("stage_id"), rs.getString("status"), rs.getInt("reached_position"),
                        rs.getLong("n"), rs.getBigDecimal("amount"))).list();
    }

    record FunnelRow(long stageId, String status, int reachedPosition, long count, BigDecimal amount) {
    }

    /** The owner's open opportunities by stage: stage id → {count, amount}. */
    List<Object[]> openByStage(long ownerId) {
        List<Object[]> rows = new ArrayList<>();
        jdbc.sql("select stage_id, sum(n), sum(amount) from opportunity_rollup where owner_id = ? and status = 'OPEN' group by stage_id having sum(n) > 0")
                .param(ownerId).query(rs -> { rows.add(new Object[]{rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)}); });
        return rows;
    }

    Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, name from opportunity where id = any(?)").param(ids.stream().distinct().toArray(Long[]::new))
                .query(rs -> { names.put(rs.getLong(1), rs.getString(2)); });
        return names;
    }

    /** 合并客户: the merged customer's opportunities belong to the surviving customer. */
    void moveCustomer(long from, long into) {
        jdbc.sql("update opportunity set customer_id = ?, updated_at = now() where customer_id = ?").params(into, from).update();
    }

    @Override
    public CustomObject object() {
        return CustomObject.OPPORTUNITY;
    }

    @Override
    public long count(CustomFieldCondition condition) {
        return jdbc.sql("select count(*) from opportunity o where " + condition.sqlCondition("o.custom"))
                .params(condition.parameters()).query(Long.class).single();
    }

    boolean customValueTaken(CustomFieldCondition condition, Long selfId) {
        return jdbc.sql("select count(*) from opportunity o where " + condition.sqlCondition("o.custom") + " and o.id <> coalesce(:self, -1)")
                .params(condition.parameters()).param("self", selfId).query(Integer.class).single() > 0;
    }

    private Opportunity map(ResultSet rs, int i) throws SQLException {
        return new Opportunity(rs.getLong("id"), rs.getLong("customer_id"), null, rs.getString("name"), rs.getBigDecimal("amount"),
                rs.getObject("expected_close_on", LocalDate.class), rs.getLong("process_id"), rs.getLong("stage_id"), null,
                rs.getInt("probability"), rs.getLong("owner_id"), null, rs.getString("status"), rs.getString("close_reason"),
                rs.getObject("closed_at", OffsetDateTime.class), List.of(), customFields.read(rs.getString("custom_json")),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
