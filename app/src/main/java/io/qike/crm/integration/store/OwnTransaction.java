package io.qike.crm.integration.store;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records of outside calls (the ledger, the run log, budget slots) are written apart from the caller's transaction:
 * a call that was made and paid stays counted, and its run logged, when the caller's work rolls back,
 * and a failed record cannot break the caller's transaction. Outside a transaction the statement runs
 * on its own as usual, without the cost of a transaction around it.
 */
@Component
public class OwnTransaction {
    private final TransactionTemplate requiresNew;

    OwnTransaction(PlatformTransactionManager transactions) {
        this.requiresNew = new TransactionTemplate(transactions);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Always in a transaction of its own, for work that needs one (an event recorded for after its commit). */
    public <T> T always(Supplier<T> work) {
        return requiresNew.execute(status -> work.get());
    }

    public <T> T call(Supplier<T> work) {
        return TransactionSynchronizationManager.isActualTransactionActive() ? requiresNew.execute(status -> work.get()) : work.get();
    }
}
