package io.qike.crm.customer;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customers merged away and the customer each was merged into ({@code customer_merge}), for their old links. */
@Repository
class CustomerMergeRepository {
    private final JdbcClient jdbc;

    CustomerMergeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that {@code merged} went into {@code survivor}; customers merged into {@code merged} before follow it. */
    void record(long merged, String mergedName, long survivor, long userId) {
        jdbc.sql("update customer_merge set survivor_id = ? where survivor_id = ?").params(survivor, merged).update();
        jdbc.sql("insert into customer_merge(merged_id, survivor_id, merged_name, merged_by) values (?, ?, ?, ?)")
                .params(merged, survivor, mergedName, userId).update();
    }

    Optional<Long> survivorOf(long merged) {
        return jdbc.sql("select survivor_id from customer_merge where merged_id = ?").param(merged).query(Long.class).optional();
    }
}
