package io.qike.crm.importexport;

import io.qike.crm.customer.CustomerBatch;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerImport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Customer rows: mapped to drafts and handed to the customer module's batch API. */
final class CustomerTarget implements ImportTarget {
    private final CustomerImport customers;
    private final List<Column> columns;
    private final RowValues values;
    private final CustomerBatch batch;

    CustomerTarget(CustomerImport customers, List<Column> columns, RowValues values) {
        this.customers = customers;
        this.columns = columns;
        this.values = values;
        this.batch = customers.newBatch();
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public List<RowError> check(List<SheetRow> rows) {
        List<RowError> errors = new ArrayList<>();
        List<CustomerImport.Row> drafts = new ArrayList<>(rows.size());
        Map<Integer, SheetRow> byNumber = new HashMap<>();
        for (SheetRow row : rows) {
            byNumber.put(row.number(), row);
            Long owner = values.owner(row, errors);
            drafts.add(new CustomerImport.Row(row.number(), draft(row.values(), owner)));
        }
        for (CustomerImport.RowProblem p : customers.check(batch, drafts)) {
            String field = "ownerId".equals(p.problem().field()) ? "owner" : p.problem().field();
            errors.add(ImportTarget.error(byNumber.get(p.row()), field, p.problem()));
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
        return customers.insertChecked(batch);
    }

    @Override
    public void recordImport(String fileName, int rows) {
        customers.recordImport(fileName, rows);
    }

    private CustomerDraft draft(Map<String, String> v, Long owner) {
        String source = values.option(v, "source");
        return CustomerDraft.builder().name(v.get("name")).creditCode(v.get("creditCode"))
                .legalRepresentative(v.get("legalRepresentative")).registeredCapital(v.get("registeredCapital"))
                .capitalCurrency(values.option(v, "capitalCurrency")).establishedOn(v.get("establishedOn"))
                .registrationStatus(values.option(v, "registrationStatus")).address(v.get("address")).region(v.get("region"))
                .industry(v.get("industry")).businessScope(v.get("businessScope")).phone(v.get("phone")).email(v.get("email"))
                .website(v.get("website")).ownerId(owner).source(source == null ? "IMPORT" : source).level(values.option(v, "level"))
                .tags(RowValues.tags(v.get("tags"))).custom(RowValues.custom(columns, v)).build();
    }
}
