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
import io.qike.crm.platform.org.RecordOwners;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk creation of contacts for imports: each row is checked by the service's own {@link ContactValidator}
 * and owner rule (so the rules cannot drift apart); good rows are written with JDBC batches in the
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
    private final ContactValidator validator;
    private final ContactRepository repository;
    private final CustomFields customFields;
    private final RecordOwners owners;
    private final AuditLog audit;

    ContactImport(ContactValidator validator, ContactRepository repository, CustomFields customFields, RecordOwners owners,
                  AuditLog audit) {
        this.validator = validator;
        this.repository = repository;
        this.customFields = customFields;
        this.owners = owners;
        this.audit = audit;
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
        RecordOwners.Candidates candidates = rows.stream().anyMatch(r -> r.draft().ownerId() != null) ? owners.candidates() : null;
        List<RowProblem> problems = new ArrayList<>();
        for (Row row : rows) {
            ContactDraft d = row.draft();
            List<FieldProblem> p = new ArrayList<>();
            Optional<FieldProblem> ownerProblem = candidates == null ? Optional.empty()
                    : candidates.problem(d.ownerId(), me, Permission.CONTACT_ASSIGN);
            ownerProblem.ifPresent(p::add);
            long owner = ownerProblem.isEmpty() && d.ownerId() != null ? d.ownerId() : me.userId();
            ContactValues v = null;
            try {
                v = validator.validate(d, null, null, true); // an imported contact belongs to a customer too
            } catch (InvalidInputException e) {
                p.addAll(e.problems());
            }
            if (v != null && !uniques.isEmpty()) uniqueInFile(v.customJson(), uniques, row.number(), batch, p);
            if (p.isEmpty()) {
                batch.keep(new ContactBatch.Values(v.customerId(), v.name(), v.mobile(), v.email(), v.title(), owner, v.customJson()));
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
            repository.insertAll(rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK)));
        }
        return rows.size();
    }

    /** One audit entry for a whole import, in the import's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    @RequiresPermission(Permission.CONTACT_IMPORT)
    public void recordImport(String source, int rows) {
        audit.record("IMPORT", "CONTACT", null, source, Map.of("rows", new AuditLog.Change(null, rows)));
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
}
