package io.qike.crm.opportunity;

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
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk creation of opportunities for imports: each row is checked by the service's own rules (customer visible,
 * stage of the process, probability, reason when won or lost, custom fields, owner), good rows are written in the
 * caller's transaction with the customers' deal figures refreshed, and a single audit entry.
 */
@Service
public class OpportunityImport {
    public record Row(int number, OpportunityDraft draft) {
    }

    public record RowProblem(int row, FieldProblem problem) {
    }

    private final OpportunityService service;
    private final RecordOwners owners;
    private final AuditLog audit;

    OpportunityImport(OpportunityService service, RecordOwners owners, AuditLog audit) {
        this.service = service;
        this.owners = owners;
        this.audit = audit;
    }

    public OpportunityBatch newBatch() {
        return new OpportunityBatch();
    }

    /** Checks the rows and keeps the good ones in the batch; returns every problem, in row order. */
    @Transactional(readOnly = true)
    @RequiresPermission(Permission.OPPORTUNITY_IMPORT)
    public List<RowProblem> check(OpportunityBatch batch, List<Row> rows) {
        QikeUser me = CurrentUser.require();
        RecordOwners.Candidates candidates = rows.stream().anyMatch(r -> r.draft().ownerId() != null) ? owners.candidates() : null;
        List<RowProblem> problems = new ArrayList<>();
        for (Row row : rows) {
            OpportunityDraft d = row.draft();
            List<FieldProblem> p = new ArrayList<>();
            Optional<FieldProblem> ownerProblem = candidates == null ? Optional.empty()
                    : candidates.problem(d.ownerId(), me, Permission.OPPORTUNITY_ASSIGN);
            ownerProblem.ifPresent(p::add);
            long owner = ownerProblem.isEmpty() && d.ownerId() != null ? d.ownerId() : me.userId();
            OpportunityService.Checked v = null;
            try {
                v = service.check(d, null, owner);
            } catch (InvalidInputException e) {
                p.addAll(e.problems());
            }
            if (p.isEmpty()) {
                batch.keep(v);
            } else {
                batch.fail();
                p.forEach(x -> problems.add(new RowProblem(row.number(), x)));
            }
        }
        return problems;
    }

    /** Inserts the rows checked good since the last call, in the caller's transaction; the customers' figures follow. */
    @Transactional(propagation = Propagation.MANDATORY)
    @RequiresPermission(Permission.OPPORTUNITY_IMPORT)
    public int insertChecked(OpportunityBatch batch) {
        List<OpportunityService.Checked> rows = batch.take();
        long me = CurrentUser.require().userId();
        TreeSet<Long> customers = new TreeSet<>();
        for (OpportunityService.Checked v : rows) {
            service.insertChecked(v, me, null);
            customers.add(v.row().customerId());
        }
        customers.forEach(service::refreshDeals); // locked in id order
        return rows.size();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @RequiresPermission(Permission.OPPORTUNITY_IMPORT)
    public void recordImport(String source, int rows) {
        audit.record("IMPORT", "OPPORTUNITY", null, source, Map.of("rows", new AuditLog.Change(null, rows)));
    }
}
