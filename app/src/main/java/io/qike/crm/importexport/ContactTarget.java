package io.qike.crm.importexport;

import io.qike.crm.contact.ContactBatch;
import io.qike.crm.contact.ContactDraft;
import io.qike.crm.contact.ContactImport;
import io.qike.crm.customer.CustomerImport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contact rows. Each names its customer, by its credit code (exact) or, failing that, its name
 * (exact, and only when one visible customer has it); a customer the importer cannot see is not
 * found, as it would be on the contact form. A row naming none is refused: a contact without a
 * customer would be an orphan.
 */
final class ContactTarget implements ImportTarget {
    private final ContactImport contacts;
    private final CustomerImport customers;
    private final List<Column> columns;
    private final RowValues values;
    private final ContactBatch batch;

    ContactTarget(ContactImport contacts, CustomerImport customers, List<Column> columns, RowValues values) {
        this.contacts = contacts;
        this.customers = customers;
        this.columns = columns;
        this.values = values;
        this.batch = contacts.newBatch();
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public List<RowError> check(List<SheetRow> rows) {
        CustomerColumn customer = CustomerColumn.lookUp(customers, rows);
        List<RowError> errors = new ArrayList<>();
        List<ContactImport.Row> drafts = new ArrayList<>(rows.size());
        Map<Integer, SheetRow> byNumber = new HashMap<>();
        for (SheetRow row : rows) {
            byNumber.put(row.number(), row);
            Map<String, String> v = row.values();
            Long customerId = customer.customerId(row, "customer_required", errors);
            Long owner = values.owner(row, errors);
            drafts.add(new ContactImport.Row(row.number(), new ContactDraft(customerId, v.get("name"), v.get("mobile"),
                    v.get("email"), v.get("title"), null, owner, RowValues.custom(columns, v))));
        }
        for (ContactImport.RowProblem p : contacts.check(batch, drafts)) {
            // A row without its customer is reported above, in the sheet's words (which column to fill in).
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
        return contacts.insertChecked(batch);
    }

    @Override
    public void recordImport(String fileName, int rows) {
        contacts.recordImport(fileName, rows);
    }


    private static String column(String field, SheetRow row) {
        return switch (field) {
            case "ownerId" -> "owner";
            case "customerId" -> row.values().get("customerCreditCode") != null ? "customerCreditCode" : "customerName";
            default -> field;
        };
    }
}
