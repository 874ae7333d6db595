package io.qike.crm.importexport;

import io.qike.crm.customer.CustomerImport;
import io.qike.crm.opportunity.OpportunityBatch;
import io.qike.crm.opportunity.OpportunityDraft;
import io.qike.crm.opportunity.OpportunityImport;
import io.qike.crm.opportunity.SalesProcess;
import io.qike.crm.opportunity.SalesStage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Opportunity rows. Each names its customer as a contact row does (credit code, else the one visible customer of that
 * name), and its stage by name (a stage of the default process first, else of another process; empty: the first
 * stage of the default process). Product lines are not imported: the amount column is the amount.
 */
final class OpportunityTarget implements ImportTarget {
    private final OpportunityImport opportunities;
    private final List<SalesProcess> processes;
    private final CustomerImport customers;
    private final List<Column> columns;
    private final RowValues values;
    private final OpportunityBatch batch;

    OpportunityTarget(OpportunityImport opportunities, List<SalesProcess> processes, CustomerImport customers, List<Column> columns,
                      RowValues values) {
        this.opportunities = opportunities;
        this.processes = processes;
        this.customers = customers;
        this.columns = columns;
        this.values = values;
        this.batch = opportunities.newBatch();
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public List<RowError> check(List<SheetRow> rows) {
        CustomerColumn customer = CustomerColumn.lookUp(customers, rows);
        List<RowError> errors = new ArrayList<>();
        List<OpportunityImport.Row> drafts = new ArrayList<>(rows.size());
        Map<Integer, SheetRow> byNumber = new HashMap<>();
        for (SheetRow row : rows) {
            byNumber.put(row.number(), row);
            Map<String, String> v = row.values();
            Long customerId = customer.customerId(row, "opportunity_customer_required", errors);
            Long owner = values.owner(row, errors);
            BigDecimal amount = decimal(row, "amount", errors);
            BigDecimal probability = decimal(row, "probability", errors);
            Long stageId = null;
            String stage = v.get("stage");
            if (stage != null && !stage.isBlank()) {
                stageId = processes.stream().flatMap(p -> p.stages().stream()).filter(s -> s.name().equals(stage.trim()))
                        .map(SalesStage::id).findFirst().orElse(null);
                if (stageId == null) errors.add(ImportTarget.problem(row, "stage", "invalid_option"));
            }
            drafts.add(new OpportunityImport.Row(row.number(), new OpportunityDraft(customerId, v.get("name"), amount, v.get("expectedCloseOn"),
                    null, stageId, probability == null ? null : probability.intValue(), owner, v.get("reason"), List.of(),
                    RowValues.custom(columns, v))));
        }
        for (OpportunityImport.RowProblem p : opportunities.check(batch, drafts)) {
            // A row without its customer or with an unknown stage is reported above, in the sheet's words.
            if (p.problem().field().equals("customerId") && p.problem().code().equals("required")) continue;
            SheetRow row = byNumber.get(p.row());
            errors.add(ImportTarget.error(row, column(p.problem().field(), row), p.problem()));
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
        return opportunities.insertChecked(batch);
    }

    @Override
    public void recordImport(String fileName, int rows) {
        opportunities.recordImport(fileName, rows);
    }

    private static BigDecimal decimal(SheetRow row, String field, List<RowError> errors) {
        String text = row.values().get(field);
        if (text == null || text.isBlank()) return null;
        try {
            return new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(ImportTarget.problem(row, field, "number"));
            return null;
        }
    }


    private static String column(String field, SheetRow row) {
        return switch (field) {
            case "ownerId" -> "owner";
            case "stageId" -> "stage";
            case "customerId" -> row.values().get("customerCreditCode") != null ? "customerCreditCode" : "customerName";
            default -> field;
        };
    }
}
