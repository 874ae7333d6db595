package io.qike.crm.salesrecord;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attachments of sales records (table {@code attachment}); their content is in the platform's file store by hash. */
@Repository
class AttachmentRepository {
    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long salesRecordId, String fileName, String contentType, long sizeBytes, String sha256) {
        jdbc.sql("insert into attachment(sales_record_id, file_name, content_type, size_bytes, sha256) values (?, ?, ?, ?, ?)")
                .params(salesRecordId, fileName, contentType, sizeBytes, sha256).update();
    }

    void delete(long salesRecordId, long attachmentId) {
        jdbc.sql("delete from attachment where id = ? and sales_record_id = ?").params(attachmentId, salesRecordId).update();
    }

    /** The attachments of these records, by record, in upload order. */
    Map<Long, List<SalesRecord.Attachment>> of(Collection<Long> recordIds) {
        Map<Long, List<SalesRecord.Attachment>> attachments = new HashMap<>();
        jdbc.sql("select id, sales_record_id, file_name, content_type, size_bytes from attachment where sales_record_id = any(?) order by id")
                .param(recordIds.toArray(Long[]::new))
                .query(rs -> { attachments.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                        .add(new SalesRecord.Attachment(rs.getLong(1), rs.getString(3), rs.getString(4), rs.getLong(5))); });
        return attachments;
    }

    String sha256(long attachmentId) {
        return jdbc.sql("select sha256 from attachment where id = ?").param(attachmentId).query(String.class).single();
    }
}
