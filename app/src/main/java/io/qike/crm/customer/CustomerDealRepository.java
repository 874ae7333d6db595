package io.qike.crm.customer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customer's opportunity figures, for {@link CustomerDeals}. Tenant isolation comes from row-level security. */
@Repository
class CustomerDealRepository {
    private final JdbcClient jdbc;

    CustomerDealRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the customer's row until the transaction ends; false when there is no such customer. */
    boolean lock(long customerId) {
        return !jdbc.sql("select id from customer where id = ? for no key update").param(customerId).query(Long.class).list().isEmpty();
    }

    void set(long customerId, CustomerDeals.Figures figures) {
        jdbc.sql("update customer set open_deal_probability = ?, last_won_at = ? where id = ?")
                .params(figures.openDealProbability(), figures.lastWonAt(), customerId).update();
    }
}
