package io.qike.crm.pool;

import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 导入到公海: customers imported straight into a pool. Who may do it is who may move customers into the pool
 * ({@link PoolCustomers#moveIn}): an administrator of the pool (every pool with {@code ADMIN_SALES}) who holds one of the
 * pool permissions. The import itself (the customer rows) is the import module's and the customer module's; this
 * class decides the pool and keeps the move log of the import.
 */
@Service
public class PoolImports {
    private final Pools pools;
    private final PoolMoveRepository moves;

    PoolImports(Pools pools, PoolMoveRepository moves) {
        this.pools = pools;
        this.moves = moves;
    }

    /** The pools the signed-in user may import customers into, for the import form's choice. */
    public List<Pool> targets() {
        QikeUser me = CurrentUser.find().orElse(null);
        if (me == null || !mayMoveIn(me)) return List.of();
        return pools.all().stream().filter(p -> pools.isAdmin(p, me)).toList();
    }

    /**
     * The pool, when the signed-in user may import customers into it; empty when it does not exist or they may not
     * (the two are not told apart, so a pool's existence is not revealed).
     */
    public Optional<Pool> target(long poolId) {
        QikeUser me = CurrentUser.find().orElse(null);
        if (me == null || !mayMoveIn(me)) return Optional.empty();
        return pools.all().stream().filter(p -> p.id() == poolId && pools.isAdmin(p, me)).findFirst();
    }

    /**
     * The log of an import into the pool: one IMPORT move per customer, by the signed-in user, written with one statement
     * in the import's transaction. Refused (nothing written) when the user may not import into the pool.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordImported(long poolId, List<Long> customerIds) {
        if (customerIds.isEmpty()) return;
        Pool pool = target(poolId).orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                "not an administrator of the pool"));
        moves.insertAll(customerIds.toArray(Long[]::new), new Long[customerIds.size()], pool.id(), "IMPORT",
                CurrentUser.require().userId(), null, OffsetDateTime.now(ZoneOffset.UTC));
    }

    private static boolean mayMoveIn(QikeUser me) {
        return me.can(Permission.POOL_CLAIM) || me.can(Permission.POOL_RETURN) || me.can(Permission.ADMIN_SALES);
    }
}
