package io.qike.crm.importexport;

import io.qike.crm.lead.LeadDraft;
import io.qike.crm.lead.LeadImport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lead rows. A row may name one of the importer's lead pools ({@code pool}); without an owner it then waits there, or
 * gets one by the pool's assignment rule.
 */
final class LeadTarget implements ImportTarget {
    private final LeadImport leads;
    private final List<Column> columns;
    private final RowValues values;
    private final LeadImport.Batch batch;

    LeadTarget(LeadImport leads, List<Column> columns, RowValues values) {
        this.leads = leads;
        this.columns = columns;
        this.values = values;
        this.batch = leads.newBatch();
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public List<RowError> check(List<SheetRow> rows) {
        List<RowError> errors = new ArrayList<>();
        List<LeadImport.Row> drafts = new ArrayList<>(rows.size());
        Map<Integer, SheetRow> byNumber = new HashMap<>();
        for (SheetRow row : rows) {
            byNumber.put(row.number(), row);
            Map<String, String> v = row.values();
            Long owner = values.owner(row, errors);
            drafts.add(new LeadImport.Row(row.number(), new LeadDraft(v.get("companyName"), v.get("contactName"), v.get("mobile"),
                    v.get("email"), values.option(v, "source"), v.get("region"), values.option(v, "status"), owner, null,
                    RowValues.custom(columns, v)), v.get("pool")));
        }
        for (LeadImport.RowProblem p : leads.check(batch, drafts)) {
            SheetRow row = byNumber.get(p.row());
            String field = switch (p.problem().field()) {
                case "ownerId" -> "owner";
                case "poolId" -> "pool";
                default -> p.problem().field();
            };
            errors.add(ImportTarget.error(row, field, p.problem()));
        }
        return ImportTarget.inRowOrder(errors);
    }

    @Override
    public void skipBadRows() {
        batch.skipBadRows();
    }

    @Override
    public boolean failed() {
        return batch.failed();
    }

    @Override
    public int writeChecked() {
        return leads.insertChecked(batch);
    }

    @Override
    public void recordImport(String fileName, int rows) {
        leads.recordImport(fileName, rows);
    }
}
