package io.qike.crm.customer;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customer's last follow-up time, for {@link CustomerFollowUps}. Tenant isolation comes from row-level security. */
@Repository
class CustomerFollowUpRepository {
    private final JdbcClient jdbc;

    CustomerFollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the customer's row until the transaction ends; false when there is no such customer. */
    boolean lock(long customerId) {
        return !jdbc.sql("select id from customer where id = ? for no key update").param(customerId).query(Long.class).list().isEmpty();
    }

    void set(long customerId, OffsetDateTime latest) {
        jdbc.sql("update customer set last_followed_at = ? where id = ?").params(latest, customerId).update();
    }
}
