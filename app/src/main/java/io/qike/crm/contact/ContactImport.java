package io.qike.crm.contact;

import io.qike.crm.customfield.CustomFieldDefinition;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresPermission;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk creation of contacts for imports: each row is checked by {@link ContactService}'s own
 * validation (so the rules cannot drift apart); good rows are written with JDBC batches in the
 * caller's one transaction, with a single audit entry.
 */
@Service
public class ContactImport {
    /** A row to import and the caller's number for it (the Excel row in an import). */
    public record Row(int number, ContactDraft draft) {
    }

    /** One problem on one row. */
    public record RowProblem(int row, FieldProblem problem) {
    }

    private static final int INSERT_CHUNK = 1000;
    private static final String INSERT = """
            insert into contact(customer_id, name, mobile, email, title, owner_id, custom)
            values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""";
    private final ContactService contacts;
    private final CustomFields customFields;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ContactImport(ContactService contacts, CustomFields customFields, AuditLog audit, JdbcClient jdbc, JdbcTemplate template) {
        this.contacts = contacts;
        this.customFields = customFields;
        this.audit = audit;
        this.jdbc = jdbc;
        this.template = template;
    }

    public ContactBatch newBatch() {
        return new ContactBatch();
    }

    /** Checks the rows and keeps the good ones in the batch; returns every problem, in row order. */
    @Transactional(readOnly = true)
    @RequiresPermission(Permission.CONTACT_IMPORT)
    public List<RowProblem> check(ContactBatch batch, List<Row> rows) {
        QikeUser me = CurrentUser.require();
        List<CustomFieldDefinition> uniques = customFields.definitions(CustomObject.CONTACT).stream()
                .filter(CustomFieldDefinition::unique).toList();
        Set<Long> users = rows.stream().anyMatch(r -> r.draft().ownerId() != null) ? users() : Set.of();
        List<RowProblem> problems = new ArrayList<>();
        for (Row row : rows) {
            ContactDraft d = row.draft();
            List<FieldProblem> p = new ArrayList<>();
            long owner = me.userId();
            if (d.ownerId() != null && d.ownerId() != me.userId()) {
                if (!me.can(Permission.CONTACT_ASSIGN)) p.add(FieldProblem.of("ownerId", "assign_forbidden"));
                else if (!users.contains(d.ownerId())) p.add(FieldProblem.of("ownerId", "not_found"));
                else owner = d.ownerId();
            }
            String custom = null;
            try {
                custom = contacts.validate(d, null);
            } catch (InvalidInputException e) {
                p.addAll(e.problems());
            }
            if (custom != null && !uniques.isEmpty()) uniqueInFile(custom, uniques, row.number(), batch, p);
            if (p.isEmpty()) {
                batch.keep(new ContactBatch.Values(d.customerId(), d.name().trim(), blank(d.mobile()), blank(d.email()),
                        blank(d.title()), owner, custom));
            } else {
                batch.fail();
                p.forEach(x -> problems.add(new RowProblem(row.number(), x)));
            }
        }
        return problems;
    }

    /** Inserts the rows checked good since the last call, in the caller's transaction (committed only if no row had a problem). */
    @Transactional(propagation = Propagation.MANDATORY)
    @RequiresPermission(Permission.CONTACT_IMPORT)
    public int insertChecked(ContactBatch batch) {
        List<ContactBatch.Values> rows = batch.take();
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            List<ContactBatch.Values> chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK));
            template.batchUpdate(INSERT, chunk, chunk.size(), (ps, v) -> {
                ps.setObject(1, v.customerId(), Types.BIGINT);
                ps.setString(2, v.name());
                ps.setString(3, v.mobile());
                ps.setString(4, v.email());
                ps.setString(5, v.title());
                ps.setLong(6, v.ownerId());
                ps.setString(7, v.customJson());
            });
        }
        return rows.size();
    }

    /** One audit entry for a whole import, in the import's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    @RequiresPermission(Permission.CONTACT_IMPORT)
    public void recordImport(String source, int rows) {
        audit.record("IMPORT", "CONTACT", null, source, Map.of("rows", new AuditLog.Change(null, rows)));
    }

    private Set<Long> users() {
        return new HashSet<>(jdbc.sql("select id from app_user").query(Long.class).list());
    }

    private void uniqueInFile(String customJson, List<CustomFieldDefinition> uniques, int row, ContactBatch batch,
                              List<FieldProblem> p) {
        Map<String, Object> custom = customFields.read(customJson);
        for (CustomFieldDefinition def : uniques) {
            Object value = custom.get(def.code());
            if (value == null) continue;
            Integer first = batch.uniqueValues.putIfAbsent(def.code() + '\u0000' + value, row);
            if (first != null) p.add(FieldProblem.of(def.fieldName(), "duplicate_in_file", first));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
