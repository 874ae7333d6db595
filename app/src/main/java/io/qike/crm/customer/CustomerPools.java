package io.qike.crm.customer;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公海 on the customer's row: a customer is owned ({@code customer.owner_id}) or in a public pool
 * ({@code customer.pool_id}), exactly one of the two (a check constraint). The pool module decides who may do what and
 * keeps its own log; this class only moves customers, each move one conditional statement, so that two users after the
 * same customer cannot both have it. Pool customers are nobody's: no data scope includes them
 * ({@code VisibleOwners} compares owner ids), so the customer pages, lists and exports show owned customers only.
 * Every method runs in the caller's transaction.
 */
@Component
public class CustomerPools {
    /** A customer that moved into a pool, with the owner it had. */
    public record Moved(long customerId, String name, long fromOwnerId) {
    }

    /** An owned customer a rule will recycle, and since when its clock runs. */
    public record Due(long customerId, String name, long ownerId, OffsetDateTime since) {
    }

    /**
     * A recycle rule as the customer rows see it: the pool, the customer levels it covers (empty: all), whether it counts
     * from the last win ({@code noWon}) or from the last follow-up, and the open-deal probability that protects a
     * customer (null: none).
     */
    public record Rule(long poolId, List<String> levels, boolean noWon, Integer protectProbability) {
        public Rule {
            levels = List.copyOf(levels);
        }
    }

    private final CustomerPoolRepository repository;

    CustomerPools(CustomerPoolRepository repository) {
        this.repository = repository;
    }

    public Optional<PooledCustomer> find(long customerId) {
        return repository.find(customerId);
    }

    /** A page of the pool's customers, newest first, whose name contains {@code q} (null: all). */
    public List<PooledCustomer> inPool(long poolId, String q, int offset, int limit) {
        return repository.inPool(poolId, q, offset, limit);
    }

    public long countInPool(long poolId, String q) {
        return repository.countInPool(poolId, q);
    }

    /** How many customers the user owns now (call it under the caller's per-user lock to count for a cap). */
    public long countOwnedBy(long userId) {
        return repository.countOwnedBy(userId);
    }

    /** The pool's customer becomes the user's (claim or assignment); false when it is no longer in that pool. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean take(long customerId, long poolId, long userId, Long departmentId) {
        return repository.take(customerId, poolId, userId, departmentId);
    }

    /** The owner's customer goes into the pool; false when {@code ownerId} no longer owns it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean release(long customerId, long ownerId, long poolId) {
        return repository.release(customerId, ownerId, poolId);
    }

    /** These customers, those still owned, go into the pool in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Moved> releaseAll(Collection<Long> customerIds, long poolId) {
        return customerIds.isEmpty() ? List.of() : repository.releaseAll(customerIds, poolId);
    }

    /**
     * One recycle rule, one statement: every owned customer whose clock ({@code greatest} of its last follow-up — or last
     * win for {@code noWon} —, when its owner got it from a pool, and its creation) is before {@code cutoff}, of the
     * rule's levels and not protected by an open deal, goes into the rule's pool. Running it again moves nothing more.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Moved> recycle(Rule rule, OffsetDateTime cutoff) {
        return repository.recycle(rule, cutoff);
    }

    /** The customers the rule will recycle once the cutoff reaches {@code warnCutoff} but not at {@code cutoff} (of one owner, or all). */
    public List<Due> dueSoon(Rule rule, OffsetDateTime cutoff, OffsetDateTime warnCutoff, Long ownerId, int limit) {
        return repository.dueSoon(rule, cutoff, warnCutoff, ownerId, limit);
    }
}
