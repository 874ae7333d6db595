package io.qike.crm.customer;

import java.time.OffsetDateTime;
import java.util.function.LongFunction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 商机 figures kept on the customer: the highest win probability among its open opportunities and when it last
 * won one. The opportunity module calls this in its own transaction whenever an opportunity is created, moved to
 * another stage, won, lost, moved to another customer or deleted; the public pool's recycle rules read the two
 * columns in their one set-based statement (never recycle a customer with a late-stage deal open, or with a
 * recent win). As with {@link CustomerFollowUps}, the customer's row is locked before the figures are asked for,
 * so two opportunities changed at once both count.
 */
@Component
public class CustomerDeals {
    /** The customer's figures as the opportunity module computes them after the change. */
    public record Figures(Integer openDealProbability, OffsetDateTime lastWonAt) {
    }

    private final CustomerDealRepository repository;

    CustomerDeals(CustomerDealRepository repository) {
        this.repository = repository;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void refresh(long customerId, LongFunction<Figures> figures) {
        if (repository.lock(customerId)) repository.set(customerId, figures.apply(customerId));
    }
}
