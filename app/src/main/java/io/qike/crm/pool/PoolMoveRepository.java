package io.qike.crm.pool;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The log of moves between owners and pools, and the per-user lock claims count under. Tenant isolation: row-level security. */
@Repository
class PoolMoveRepository {
    /** The first key of the per-user advisory lock: claims and assignments of one user take turns. */
    private static final int CLAIM_LOCK = 0x506f6f6c; // "Pool"
    private final JdbcClient jdbc;

    PoolMoveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds until the transaction ends: the user's claims (and assignments to them) run one after another, so what they
     * own and what they claimed today are counted after the previous claim committed. Two keys: a user id fits 32 bits
     * for any enterprise we serve; a collision above that only makes two users wait for each other.
     */
    void lockUser(long userId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(CLAIM_LOCK, (int) userId).query((rs, i) -> 1).list();
    }

    long claimsSince(long userId, long poolId, OffsetDateTime since) {
        return jdbc.sql("""
                select count(*) from customer_pool_move
                where kind = 'CLAIM' and to_user_id = ? and pool_id = ? and moved_at >= ?""")
                .params(userId, poolId, since).query(Long.class).single();
    }

    /** When this user last returned this customer, if after {@code since}. */
    boolean returnedSince(long customerId, long userId, OffsetDateTime since) {
        return jdbc.sql("""
                select count(*) from customer_pool_move
                where kind = 'RETURN' and customer_id = ? and from_user_id = ? and moved_at >= ?""")
                .params(customerId, userId, since).query(Long.class).single() > 0;
    }

    void insert(long customerId, long poolId, String kind, Long fromUserId, Long toUserId, Long byUserId, Long ruleId,
                String reason, OffsetDateTime at) {
        jdbc.sql("""
                insert into customer_pool_move(customer_id, pool_id, kind, from_user_id, to_user_id, by_user_id, rule_id, reason, moved_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(customerId, poolId, kind, fromUserId, toUserId, byUserId, ruleId, reason, at).update();
    }

    /** Many customers' moves into one pool in one statement (a set-based recycle or move). */
    void insertAll(Long[] customerIds, Long[] fromUserIds, long poolId, String kind, Long byUserId, Long ruleId, OffsetDateTime at) {
        jdbc.sql("""
                insert into customer_pool_move(customer_id, pool_id, kind, from_user_id, by_user_id, rule_id, moved_at)
                select m.customer_id, ?, ?, m.from_user_id, ?, ?, ? from unnest(?::bigint[], ?::bigint[]) as m(customer_id, from_user_id)""")
                .params(poolId, kind, byUserId, ruleId, at, customerIds, fromUserIds).update();
    }

    List<PoolMove> recent(long poolId, int limit) {
        return jdbc.sql("""
                select id, customer_id, pool_id, kind, from_user_id, to_user_id, by_user_id, rule_id, reason, moved_at
                from customer_pool_move where pool_id = ? order by moved_at desc, id desc limit ?""")
                .params(poolId, limit)
                .query((rs, i) -> new PoolMove(rs.getLong("id"), rs.getLong("customer_id"), null, rs.getLong("pool_id"),
                        rs.getString("kind"), rs.getObject("from_user_id", Long.class), null, rs.getObject("to_user_id", Long.class),
                        null, rs.getObject("by_user_id", Long.class), rs.getObject("rule_id", Long.class), rs.getString("reason"),
                        rs.getObject("moved_at", OffsetDateTime.class))).list();
    }

    /** Records these warnings, each once; the customers whose warning is new. */
    List<Long> newWarnings(long ruleId, Long[] customerIds, Long[] ownerIds, java.time.LocalDate[] dueOn) {
        String[] days = java.util.Arrays.stream(dueOn).map(java.time.LocalDate::toString).toArray(String[]::new);
        return jdbc.sql("""
                insert into customer_pool_warning(customer_id, rule_id, due_on, owner_id)
                select w.customer_id, ?, w.due_on, w.owner_id from unnest(?::bigint[], ?::bigint[], cast(? as text[])::date[]) as w(customer_id, owner_id, due_on)
                on conflict do nothing returning customer_id""")
                .params(ruleId, customerIds, ownerIds, days).query(Long.class).list();
    }

    /** The pool of the customer's latest move. */
    java.util.Optional<Long> lastPool(long customerId) {
        return jdbc.sql("select pool_id from customer_pool_move where customer_id = ? order by moved_at desc, id desc limit 1")
                .param(customerId).query(Long.class).optional();
    }
}
