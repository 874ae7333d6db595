package io.qike.crm.salesrecord;

import io.qike.crm.customer.CustomerService;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeProperties;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.VisibleOwners;
import io.qike.crm.platform.files.FileStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales records on a customer's timeline. A record is visible to whoever sees its customer or its
 * author. Attachments are checked (type by content, size) before anything is written.
 */
@Service
public class SalesRecordService {
    public static final List<String> TYPES = List.of("VISIT", "CALL", "WECOM", "OTHER");
    private static final String SELECT = """
            select s.*, s.custom::text as custom_json, t.name as contact_name, u.display_name as owner_name
            from sales_record s join customer c on c.id = s.customer_id
            left join contact t on t.id = s.contact_id join app_user u on u.id = s.owner_id
            """;
    private final JdbcClient jdbc;
    private final DataScopes scopes;
    private final CustomerService customers;
    private final CustomFields customFields;
    private final FileStore files;
    private final AuditLog audit;
    private final long maxSize;

    SalesRecordService(JdbcClient jdbc, DataScopes scopes, CustomerService customers, CustomFields customFields, FileStore files,
                       AuditLog audit, QikeProperties properties) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.customers = customers;
        this.customFields = customFields;
        this.files = files;
        this.audit = audit;
        this.maxSize = properties.maxAttachmentSize();
    }

    @RequiresPermission(Permission.SALESRECORD_VIEW)
    public List<SalesRecord> forCustomer(long customerId, int limit) {
        return query(" and s.customer_id = :customerId order by s.occurred_at desc, s.id desc limit :limit",
                Map.of("customerId", customerId, "limit", Math.min(Math.max(limit, 1), 500)));
    }

    @RequiresPermission(Permission.SALESRECORD_VIEW)
    public List<SalesRecord> latest(int limit) {
        return query(" order by s.occurred_at desc, s.id desc limit :limit", Map.of("limit", Math.min(Math.max(limit, 1), 500)));
    }

    @RequiresPermission(Permission.SALESRECORD_VIEW)
    public SalesRecord get(long id) {
        return query(" and s.id = :id", Map.of("id", id)).stream().findFirst().orElseThrow(() -> new NotFoundException("sales_record", id));
    }

    @Transactional
    @RequiresPermission(Permission.SALESRECORD_CREATE)
    public long create(SalesRecordDraft draft, List<Upload> uploads) {
        List<FieldProblem> p = new ArrayList<>();
        Valid v = validate(draft, null, p);
        List<StoredFile> stored = checkAndStore(uploads == null ? List.of() : uploads, p);
        if (!p.isEmpty()) throw new InvalidInputException(p);
        long id = jdbc.sql("""
                insert into sales_record(customer_id, contact_id, type, content, occurred_at, owner_id, custom)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb)) returning id""")
                .params(draft.customerId(), draft.contactId(), v.type, v.content, v.occurredAt, CurrentUser.require().userId(), v.custom)
                .query(Long.class).single();
        for (StoredFile f : stored) {
            jdbc.sql("insert into attachment(sales_record_id, file_name, content_type, size_bytes, sha256) values (?, ?, ?, ?, ?)")
                    .params(id, f.name, f.contentType, f.size, f.sha256).update();
        }
        audit.record("CREATE", "SALES_RECORD", id, abbreviate(v.content));
        return id;
    }

    @Transactional
    @RequiresPermission(Permission.SALESRECORD_EDIT)
    public SalesRecord update(long id, SalesRecordDraft draft) {
        SalesRecord before = get(id);
        List<FieldProblem> p = new ArrayList<>();
        Valid v = validate(draft, id, p);
        if (!p.isEmpty()) throw new InvalidInputException(p);
        jdbc.sql("update sales_record set customer_id = ?, contact_id = ?, type = ?, content = ?, occurred_at = ?, custom = cast(? as jsonb) where id = ?")
                .params(draft.customerId(), draft.contactId(), v.type, v.content, v.occurredAt, v.custom, id).update();
        audit.record("UPDATE", "SALES_RECORD", id, abbreviate(v.content),
                Map.of("content", new AuditLog.Change(before.content(), v.content)));
        return get(id);
    }

    @Transactional
    @RequiresPermission(Permission.SALESRECORD_DELETE)
    public void delete(long id) {
        SalesRecord r = get(id);
        jdbc.sql("delete from sales_record where id = ?").param(id).update();
        audit.record("DELETE", "SALES_RECORD", id, abbreviate(r.content()));
    }

    public SalesRecordDraft draftOf(SalesRecord r) {
        return new SalesRecordDraft(r.customerId(), r.contactId(), r.type(), r.content(),
                r.occurredAt().atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime().toString(), r.custom());
    }

    /** The stored file of an attachment the user may see. */
    @RequiresPermission(Permission.SALESRECORD_VIEW)
    public Optional<Map.Entry<SalesRecord.Attachment, Path>> attachment(long recordId, long attachmentId) {
        SalesRecord record = get(recordId);
        return record.attachments().stream().filter(a -> a.id() == attachmentId).findFirst().map(a -> Map.entry(a,
                files.pathOf(jdbc.sql("select sha256 from attachment where id = ?").param(a.id()).query(String.class).single())));
    }

    private record Valid(String type, String content, OffsetDateTime occurredAt, String custom) {
    }

    private record StoredFile(String name, String contentType, long size, String sha256) {
    }

    private Valid validate(SalesRecordDraft d, Long selfId, List<FieldProblem> p) {
        if (d.customerId() == null) p.add(FieldProblem.of("customerId", "required"));
        else {
            try {
                customers.get(d.customerId());
            } catch (NotFoundException e) {
                p.add(FieldProblem.of("customerId", "customer_not_found"));
            }
        }
        if (d.contactId() != null && jdbc.sql("select count(*) from contact where id = ? and customer_id = ?")
                .params(d.contactId(), d.customerId()).query(Integer.class).single() == 0) {
            p.add(FieldProblem.of("contactId", "not_found"));
        }
        String type = d.type() == null || d.type().isBlank() ? "OTHER" : d.type().trim();
        if (!TYPES.contains(type)) p.add(FieldProblem.of("type", "invalid_option"));
        String content = d.content() == null ? "" : d.content().trim();
        if (content.isEmpty()) p.add(FieldProblem.of("content", "required"));
        else if (content.length() > 10_000) p.add(FieldProblem.of("content", "too_long", 10_000));
        OffsetDateTime at = OffsetDateTime.now();
        if (d.occurredAt() != null && !d.occurredAt().isBlank()) {
            try {
                at = d.occurredAt().length() > 19 && (d.occurredAt().endsWith("Z") || d.occurredAt().matches(".*[+-]\\d\\d:\\d\\d$"))
                        ? OffsetDateTime.parse(d.occurredAt())
                        : LocalDateTime.parse(d.occurredAt()).atZone(ZoneId.systemDefault()).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                p.add(FieldProblem.of("occurredAt", "datetime"));
            }
        }
        String custom = customFields.validate(CustomObject.SALES_RECORD, d.custom(), selfId, p);
        return new Valid(type, content, at, custom);
    }

    private List<StoredFile> checkAndStore(List<Upload> uploads, List<FieldProblem> p) {
        List<StoredFile> out = new ArrayList<>();
        for (Upload u : uploads) {
            if (u.size() == 0) continue;
            if (u.size() > maxSize) { p.add(FieldProblem.of("attachments", "file_too_large", maxSize / 1024 / 1024)); continue; }
            try (InputStream in = u.content().get()) {
                Optional<String> type = AttachmentTypes.contentType(u.fileName(), in);
                if (type.isEmpty()) { p.add(FieldProblem.of("attachments", "file_type")); continue; }
                if (!p.isEmpty()) continue;
                try (InputStream again = u.content().get()) {
                    out.add(new StoredFile(cleanName(u.fileName()), type.get(), u.size(), files.store(again)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static String cleanName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private List<SalesRecord> query(String tail, Map<String, Object> params) {
        VisibleOwners visible = scopes.current();
        Map<String, Object> all = new HashMap<>(params);
        all.putAll(visible.parameters());
        List<SalesRecord> rows = jdbc.sql(SELECT + " where (" + visible.sqlCondition("s.owner_id") + " or "
                + visible.sqlCondition("c.owner_id") + ")" + tail).params(all).query(this::map).list();
        if (rows.isEmpty()) return rows;
        Map<Long, List<SalesRecord.Attachment>> attachments = new HashMap<>();
        jdbc.sql("select id, sales_record_id, file_name, content_type, size_bytes from attachment where sales_record_id = any(?) order by id")
                .param(rows.stream().map(SalesRecord::id).toArray(Long[]::new))
                .query((rs, i) -> attachments.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                        .add(new SalesRecord.Attachment(rs.getLong(1), rs.getString(3), rs.getString(4), rs.getLong(5)))).list();
        return rows.stream().map(r -> new SalesRecord(r.id(), r.customerId(), r.contactId(), r.contactName(), r.type(), r.content(),
                r.occurredAt(), r.ownerId(), r.ownerName(), attachments.getOrDefault(r.id(), List.of()), r.custom(), r.createdAt())).toList();
    }

    private SalesRecord map(ResultSet rs, int i) throws SQLException {
        return new SalesRecord(rs.getLong("id"), rs.getLong("customer_id"), rs.getObject("contact_id", Long.class),
                rs.getString("contact_name"), rs.getString("type"), rs.getString("content"),
                rs.getObject("occurred_at", OffsetDateTime.class), rs.getLong("owner_id"), rs.getString("owner_name"), List.of(),
                customFields.read(rs.getString("custom_json")), rs.getObject("created_at", OffsetDateTime.class));
    }
}
