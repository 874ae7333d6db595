package io.qike.crm.customer;

import io.qike.crm.platform.validation.Like;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The customer rows' side of the public pools ({@link CustomerPools}): which customers are in a pool and the conditional
 * updates that move them between an owner and a pool. Tenant isolation comes from row-level security.
 */
@Repository
class CustomerPoolRepository {
    private static final String SELECT = """
            select c.id, c.name, c.credit_code, c.legal_representative, c.registered_capital, c.established_on, c.address,
                   c.region, c.industry, c.phone, c.email, c.website, c.source, c.level, c.created_at, c.last_followed_at,
                   c.owner_id, c.pool_id
            from customer c""";
    /** When a customer's recycle clock starts for each rule kind: its last follow-up (or win), its owner's getting it, its creation. */
    private static final String FOLLOW_UP_CLOCK = "greatest(c.last_followed_at, c.owner_since, c.created_at)";
    private static final String WON_CLOCK = "greatest(c.last_won_at, c.owner_since, c.created_at)";

    private final JdbcClient jdbc;

    CustomerPoolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PooledCustomer> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(CustomerPoolRepository::map).optional();
    }

    List<PooledCustomer> inPool(long poolId, String q, int offset, int limit) {
        boolean search = q != null && !q.isBlank();
        return jdbc.sql(SELECT + " where c.pool_id = :pool" + (search ? " and c.name ilike :q escape '\\'" : "")
                        + " order by c.id desc offset :offset limit :limit")
                .param("pool", poolId).param("q", search ? Like.contains(q.trim()) : null).param("offset", offset).param("limit", limit)
                .query(CustomerPoolRepository::map).list();
    }

    long countInPool(long poolId, String q) {
        boolean search = q != null && !q.isBlank();
        return jdbc.sql("select count(*) from customer c where c.pool_id = :pool" + (search ? " and c.name ilike :q escape '\\'" : ""))
                .param("pool", poolId).param("q", search ? Like.contains(q.trim()) : null).query(Long.class).single();
    }

    long countOwnedBy(long userId) {
        return jdbc.sql("select count(*) from customer where owner_id = ?").param(userId).query(Long.class).single();
    }

    /** Gives the pool's customer to the user if it is still in that pool; false when someone else was first. */
    boolean take(long customerId, long poolId, long userId, Long departmentId) {
        return jdbc.sql("""
                update customer set owner_id = :user, pool_id = null, department_id = :department, owner_since = now(),
                  updated_at = now(), version = version + 1
                where id = :id and pool_id = :pool and owner_id is null""")
                .param("user", userId).param("department", departmentId).param("id", customerId).param("pool", poolId)
                .update() == 1;
    }

    /** Puts the owned customer into the pool if its owner is still {@code ownerId}; false otherwise. */
    boolean release(long customerId, long ownerId, long poolId) {
        return jdbc.sql("""
                update customer set owner_id = null, pool_id = :pool, owner_since = null, updated_at = now(), version = version + 1
                where id = :id and owner_id = :owner""")
                .param("pool", poolId).param("id", customerId).param("owner", ownerId).update() == 1;
    }

    /** Moves these owned customers into the pool; each moved one with its former owner. */
    List<CustomerPools.Moved> releaseAll(Collection<Long> customerIds, long poolId) {
        return jdbc.sql("""
                update customer c set owner_id = null, pool_id = :pool, owner_since = null, updated_at = now(), version = c.version + 1
                from (select id, owner_id from customer where id = any(:ids) and owner_id is not null order by id for no key update) o
                where c.id = o.id
                returning c.id, c.name, o.owner_id""")
                .param("pool", poolId).param("ids", customerIds.stream().distinct().toArray(Long[]::new))
                .query((rs, i) -> new CustomerPools.Moved(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** The one statement of a recycle rule: every owned customer it finds due at {@code cutoff} goes into the pool. */
    List<CustomerPools.Moved> recycle(CustomerPools.Rule rule, OffsetDateTime cutoff) {
        return jdbc.sql("""
                update customer c set owner_id = null, pool_id = :pool, owner_since = null, updated_at = now(), version = c.version + 1
                from (select c.id, c.owner_id from customer c where\s""" + due(rule) + """
                 order by c.id for no key update skip locked) o
                where c.id = o.id and c.owner_id = o.owner_id
                returning c.id, c.name, o.owner_id""")
                .param("pool", rule.poolId()).param("cutoff", cutoff).param("levels", rule.levels().toArray(String[]::new))
                .param("protect", rule.protectProbability())
                .query((rs, i) -> new CustomerPools.Moved(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** The owned customers the rule will find due at {@code warnCutoff} that it does not find due at {@code cutoff}. */
    List<CustomerPools.Due> dueSoon(CustomerPools.Rule rule, OffsetDateTime cutoff, OffsetDateTime warnCutoff, Long ownerId, int limit) {
        String clock = rule.noWon() ? WON_CLOCK : FOLLOW_UP_CLOCK;
        return jdbc.sql("select c.id, c.name, c.owner_id, " + clock + " as since from customer c where "
                        + due(rule).replace(":cutoff", ":warnCutoff") + " and " + clock + " >= :cutoff"
                        + (ownerId != null ? " and c.owner_id = :owner" : "") + " order by since, c.id limit :limit")
                .param("cutoff", cutoff).param("warnCutoff", warnCutoff).param("levels", rule.levels().toArray(String[]::new))
                .param("protect", rule.protectProbability()).param("owner", ownerId).param("limit", limit)
                .query((rs, i) -> new CustomerPools.Due(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, OffsetDateTime.class))).list();
    }

    private static String due(CustomerPools.Rule rule) {
        return "c.owner_id is not null and (cardinality(cast(:levels as text[])) = 0 or c.level = any(cast(:levels as text[])))"
                + " and " + (rule.noWon() ? WON_CLOCK : FOLLOW_UP_CLOCK) + " < :cutoff"
                + " and (cast(:protect as smallint) is null or c.open_deal_probability is null"
                + " or c.open_deal_probability < cast(:protect as smallint))";
    }

    private static PooledCustomer map(ResultSet rs, int i) throws SQLException {
        return new PooledCustomer(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"),
                rs.getString("legal_representative"), rs.getBigDecimal("registered_capital"),
                rs.getObject("established_on", java.time.LocalDate.class), rs.getString("address"), rs.getString("region"),
                rs.getString("industry"), rs.getString("phone"), rs.getString("email"), rs.getString("website"),
                rs.getString("source"), rs.getString("level"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("last_followed_at", OffsetDateTime.class), rs.getObject("owner_id", Long.class),
                rs.getObject("pool_id", Long.class));
    }
}
