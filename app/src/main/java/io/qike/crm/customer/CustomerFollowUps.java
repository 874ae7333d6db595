package io.qike.crm.customer;

import java.time.OffsetDateTime;
import java.util.function.LongFunction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 最后跟进: when a customer was last followed up, kept on the customer for its list. The sales records module
 * calls this in its own transaction whenever a record is written, moved or deleted, having checked the user's
 * right to do so; the customer's row is locked first, so two records saved at once both count.
 */
@Component
public class CustomerFollowUps {
    private final CustomerFollowUpRepository repository;

    CustomerFollowUps(CustomerFollowUpRepository repository) {
        this.repository = repository;
    }

    /**
     * Sets the customer's last follow-up to {@code latest}, asked of the records only once the customer is
     * locked, so that it sees every record committed before (null: the customer has none left).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refresh(long customerId, LongFunction<OffsetDateTime> latest) {
        if (repository.lock(customerId)) repository.set(customerId, latest.apply(customerId));
    }
}
