package io.qike.crm.customer;

import io.qike.crm.customfield.CustomFieldDefinition;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.dedup.CreditCodes;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.org.RecordOwners;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk creation of customers for imports (批量导入). Every row is checked with the rules of
 * {@link CustomerService#create} (the same validator, the same owner rule, the same credit-code
 * block), but duplicates are looked up with one query per chunk and the rows are written many
 * per statement in the caller's one transaction: creating 100,000 customers one by one would cost
 * several round trips and an audit entry per row.
 */
@Service
public class CustomerImport {
    /** A row to import and the caller's number for it (the Excel row in an import). */
    public record Row(int number, CustomerDraft draft) {
    }

    /** One problem on one row. */
    public record RowProblem(int row, FieldProblem problem) {
    }

    private static final int INSERT_CHUNK = 2000;
    private final CustomerValidator validator;
    private final CustomFields customFields;
    private final DataScopes scopes;
    private final AuditLog audit;
    private final CustomerImportRepository repository;
    private final RecordOwners owners;

    private final io.qike.crm.platform.org.EnterpriseSettings enterprise;

    CustomerImport(CustomerValidator validator, CustomFields customFields, DataScopes scopes, AuditLog audit,
                   CustomerImportRepository repository, RecordOwners owners, io.qike.crm.platform.org.EnterpriseSettings enterprise) {
        this.enterprise = enterprise;
        this.validator = validator;
        this.customFields = customFields;
        this.scopes = scopes;
        this.audit = audit;
        this.repository = repository;
        this.owners = owners;
    }

    public CustomerBatch newBatch() {
        return new CustomerBatch(null);
    }

    /**
     * A batch whose customers go straight into a public pool (导入到公海): no owner, no department, {@code pool_id} set,
     * whatever a row's owner says. Whether the user may put customers into that pool is the caller's decision (the pool
     * module's rule); the customer module only writes the rows.
     */
    public CustomerBatch newPoolBatch(long poolId) {
        return new CustomerBatch(poolId);
    }

    /**
     * Checks the rows and keeps the good ones in the batch; returns every problem, in row order.
     * A credit code already used by a customer of the tenant (whoever owns it) or by an earlier
     * row of the batch is a problem, as are repeated values of unique custom fields.
     */
    @Transactional(readOnly = true)
    @RequiresPermission(Permission.CUSTOMER_IMPORT)
    public List<RowProblem> check(CustomerBatch batch, List<Row> rows) {
        QikeUser me = CurrentUser.require();
        if (batch.owners == null) batch.owners = owners.candidates();
        List<CustomFieldDefinition> uniques = customFields.definitions(CustomObject.CUSTOMER).stream()
                .filter(CustomFieldDefinition::unique).toList();
        Map<String, String> existing = existingCodes(rows);
        List<RowProblem> problems = new ArrayList<>();
        for (Row row : rows) {
            List<FieldProblem> p = new ArrayList<>();
            // a pool customer has no owner: the row's owner is not looked at
            Optional<FieldProblem> ownerProblem = batch.poolId != null ? Optional.empty()
                    : batch.owners.problem(row.draft().ownerId(), me, Permission.CUSTOMER_ASSIGN);
            ownerProblem.ifPresent(p::add);
            long owner = batch.poolId == null && ownerProblem.isEmpty() && row.draft().ownerId() != null ? row.draft().ownerId() : me.userId();
            CustomerValues values = null;
            try {
                values = validator.validate(row.draft(), owner, null);
            } catch (InvalidInputException e) {
                p.addAll(e.problems());
            }
            String code = CreditCodes.normalize(row.draft().creditCode());
            if (code != null && CreditCodes.isValid(code)) {
                if (existing.containsKey(code)) p.add(duplicate(code, existing.get(code), batch));
                Integer first = batch.creditCodes.putIfAbsent(code, row.number());
                if (first != null) p.add(FieldProblem.of("creditCode", "duplicate_in_file", first));
            }
            if (values != null && !uniques.isEmpty()) uniqueInFile(values, uniques, row.number(), batch, p);
            if (p.isEmpty()) {
                batch.keep(values);
            } else {
                batch.fail();
                p.forEach(x -> problems.add(new RowProblem(row.number(), x)));
            }
        }
        return problems;
    }

    /**
     * Inserts the rows checked good since the last call. It joins the caller's transaction, which
     * the caller commits only when every row of the import has been checked and none had a
     * problem; so this may run on a writer thread while later rows are still being checked.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @RequiresPermission(Permission.CUSTOMER_IMPORT)
    public int insertChecked(CustomerBatch batch) {
        return insertCheckedIds(batch).size();
    }

    /**
     * As {@link #insertChecked}, returning the new customers' ids (for the pool's log of an import into a pool). A pool
     * batch's rows are written without owner, department or {@code owner_since}, in the pool, by the same statements.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @RequiresPermission(Permission.CUSTOMER_IMPORT)
    public List<Long> insertCheckedIds(CustomerBatch batch) {
        List<CustomerValues> rows = batch.take();
        long me = CurrentUser.require().userId();
        List<Long> ids = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            ids.addAll(repository.insertAll(rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK)),
                    batch.poolId == null ? batch.owners.departments() : Map.of(), me, batch.poolId));
        }
        return ids;
    }

    /** One audit entry for a whole import, in the import's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    @RequiresPermission(Permission.CUSTOMER_IMPORT)
    public void recordImport(String source, int rows) {
        audit.record("IMPORT", "CUSTOMER", null, source, Map.of("rows", new AuditLog.Change(null, rows)));
    }

    /** The one audit entry of an import into a public pool: its rows and the pool (by name) they went into. */
    @Transactional(propagation = Propagation.MANDATORY)
    @RequiresPermission(Permission.CUSTOMER_IMPORT)
    public void recordImport(String source, int rows, String poolName) {
        audit.record("IMPORT", "CUSTOMER", null, source, Map.of("rows", new AuditLog.Change(null, rows),
                "pool", new AuditLog.Change(null, poolName)));
    }

    /** Ids of the customers the current user may see, by exact credit code (normalised). */
    @Transactional(readOnly = true)
    @RequiresPermission(Permission.CUSTOMER_VIEW)
    public Map<String, Long> visibleByCreditCode(Collection<String> codes) {
        return repository.visibleByCreditCode(codes, scopes.current());
    }

    /** Ids of the customers the current user may see, by exact name; a name may belong to several. */
    @Transactional(readOnly = true)
    @RequiresPermission(Permission.CUSTOMER_VIEW)
    public Map<String, List<Long>> visibleByName(Collection<String> names) {
        return repository.visibleByName(names, scopes.current());
    }

    /** Credit codes of the visible customers among these ids, for exports of their contacts. */
    @Transactional(readOnly = true)
    @RequiresPermission(Permission.CUSTOMER_VIEW)
    public Map<Long, String> visibleCreditCodes(Collection<Long> ids) {
        return repository.visibleCreditCodes(ids, scopes.current());
    }

    /** Customers of the whole tenant with these codes, whatever the data scope: a code may exist once. */
    /** 撞单提示: the existing customer's name, unless the enterprise says only that it exists and the user cannot read it. */
    private FieldProblem duplicate(String code, String name, CustomerBatch batch) {
        if (batch.duplicateHint == null) batch.duplicateHint = enterprise.duplicateHint();
        boolean named = batch.duplicateHint == io.qike.crm.platform.org.DuplicateHint.NAME_AND_OWNER
                || !repository.visibleByCreditCode(List.of(code), scopes.current()).isEmpty();
        return named ? FieldProblem.of("creditCode", "duplicate_credit_code", name)
                : new FieldProblem("creditCode", "duplicate_credit_code", "error.duplicate_credit_code.ask_manager");
    }

    private Map<String, String> existingCodes(List<Row> rows) {
        return repository.namesByCreditCode(rows.stream().map(r -> CreditCodes.normalize(r.draft().creditCode()))
                .filter(c -> c != null && CreditCodes.isValid(c)).distinct().toList());
    }

    private void uniqueInFile(CustomerValues values, List<CustomFieldDefinition> uniques, int row, CustomerBatch batch,
                              List<FieldProblem> p) {
        Map<String, Object> custom = customFields.read(values.customJson());
        for (CustomFieldDefinition def : uniques) {
            Object value = custom.get(def.code());
            if (value == null) continue;
            Integer first = batch.uniqueValues.putIfAbsent(def.code() + '\u0000' + value, row);
            if (first != null) p.add(FieldProblem.of(def.fieldName(), "duplicate_in_file", first));
        }
    }
}
