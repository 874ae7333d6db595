package io.qike.crm.archive.retention;

import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each customer's retention cursor (wecom_archive_retention_cursor): one row per customer and day that got its
 * record. {@link #claim} and {@link #recorded} run in the transaction that writes the record.
 */
@Repository
class RetentionCursorRepository {
    private final JdbcClient jdbc;

    RetentionCursorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The archive seq up to which the customer's messages are retained; 0 before the first record. */
    long upTo(long customerId) {
        return jdbc.sql("select coalesce(max(up_to_seq), 0) from wecom_archive_retention_cursor where customer_id = ?")
                .param(customerId).query(Long.class).single();
    }

    /**
     * Takes the customer's day; false when it is taken (by an earlier run, or by a concurrent one, which this waits
     * for: the unique key).
     */
    boolean claim(long customerId, LocalDate day, long upToSeq, int messages) {
        return jdbc.sql("""
                        insert into wecom_archive_retention_cursor(customer_id, day, up_to_seq, messages) values (?, ?, ?, ?)
                        on conflict (tenant_id, customer_id, day) do nothing""")
                .params(customerId, Date.valueOf(day), upToSeq, messages).update() == 1;
    }

    void recorded(long customerId, LocalDate day, long salesRecordId) {
        jdbc.sql("update wecom_archive_retention_cursor set sales_record_id = ? where customer_id = ? and day = ?")
                .params(salesRecordId, customerId, Date.valueOf(day)).update();
    }
}
