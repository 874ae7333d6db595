package io.qike.crm.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/**
 * Statements are planned once per connection and then reused with PostgreSQL's generic plan when it
 * looks no worse, which suits the many one-row reads and writes. A search is different: its best
 * plan depends on the keyword (a LIKE prefix can use its index only when the planner sees the
 * pattern, and how common a name bigram is decides between the index and a walk), so a search asks
 * for plans made for its actual values, for the rest of its transaction.
 */
@Component
public class CustomPlans {
    private final JdbcClient jdbc;

    CustomPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans every further statement of the current transaction for its actual parameter values. */
    public void forThisTransaction() {
        Assert.state(TransactionSynchronizationManager.isActualTransactionActive(), "Custom plans are set per transaction");
        jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query(String.class).single();
    }
}
