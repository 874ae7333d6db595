package io.qike.crm.lead;

import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.CheckedRows;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.org.RecordOwners;
import io.qike.crm.platform.validation.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads from an xlsx import: each row is checked by the lead's own validator, owner rule and pool (named by the
 * row, one of the importer's pools); good rows are written in the import's one transaction, a row entering a pool
 * without an owner through the pool's assignment rule, with a single audit entry.
 */
@Service
public class LeadImport {
    /** A row to import and the caller's number for it (the Excel row); {@code poolName} names one of the importer's pools. */
    public record Row(int number, LeadDraft draft, String poolName) {
    }

    public record RowProblem(int row, FieldProblem problem) {
    }

    /** The rows checked good so far. */
    public static final class Batch extends CheckedRows<Checked> {
        Batch() {
        }
    }

    record Checked(LeadValues values, Long ownerId, LeadPool pool) {
    }

    private final LeadValidator validator;
    private final LeadService leads;
    private final LeadPools pools;
    private final RecordOwners owners;
    private final AuditLog audit;

    LeadImport(LeadValidator validator, LeadService leads, LeadPools pools, RecordOwners owners, AuditLog audit) {
        this.validator = validator;
        this.leads = leads;
        this.pools = pools;
        this.owners = owners;
        this.audit = audit;
    }

    public Batch newBatch() {
        return new Batch();
    }

    @Transactional(readOnly = true)
    @RequiresPermission({Permission.LEAD_IMPORT, Permission.LEAD_CREATE})
    public List<RowProblem> check(Batch batch, List<Row> rows) {
        QikeUser me = CurrentUser.require();
        List<LeadPool> mine = pools.mine();
        RecordOwners.Candidates candidates = rows.stream().anyMatch(r -> r.draft().ownerId() != null) ? owners.candidates() : null;
        List<RowProblem> problems = new ArrayList<>();
        for (Row row : rows) {
            Checks c = new Checks();
            LeadValues v = validator.validate(row.draft(), null, c);
            LeadPool pool = null;
            if (row.poolName() != null && !row.poolName().isBlank()) {
                pool = mine.stream().filter(p -> p.name().equalsIgnoreCase(row.poolName().trim())).findFirst().orElse(null);
                if (pool == null) c.add("poolId", "invalid_option");
            }
            Optional<FieldProblem> ownerProblem = candidates == null ? Optional.empty()
                    : candidates.problem(row.draft().ownerId(), me, Permission.LEAD_ASSIGN);
            ownerProblem.ifPresent(c::add);
            if (c.isEmpty()) {
                Long owner = row.draft().ownerId() != null ? row.draft().ownerId() : pool == null ? Long.valueOf(me.userId()) : null;
                batch.keep(new Checked(v, owner, pool));
            } else {
                batch.fail();
                c.problems().forEach(p -> problems.add(new RowProblem(row.number(), p)));
            }
        }
        return problems;
    }

    /** Writes the rows checked good since the last call, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    @RequiresPermission({Permission.LEAD_IMPORT, Permission.LEAD_CREATE})
    public int insertChecked(Batch batch) {
        QikeUser me = CurrentUser.require();
        List<Checked> rows = batch.take();
        for (Checked row : rows) leads.insert(row.values(), row.ownerId(), row.pool(), me);
        return rows.size();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @RequiresPermission(Permission.LEAD_IMPORT)
    public void recordImport(String source, int rows) {
        audit.record("IMPORT", "LEAD", null, source, Map.of("rows", new AuditLog.Change(null, rows)));
    }
}
