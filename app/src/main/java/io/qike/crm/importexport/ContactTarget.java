package io.qike.crm.importexport;

import io.qike.crm.contact.ContactBatch;
import io.qike.crm.contact.ContactDraft;
import io.qike.crm.contact.ContactImport;
import io.qike.crm.customer.CustomerImport;
import io.qike.crm.dedup.CreditCodes;
import io.qike.crm.platform.FieldProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (SheetRow row : rows) {
            String code = CreditCodes.normalize(row.values().get("customerCreditCode"));
            if (code != null) codes.add(code);
            else if (row.values().get("customerName") != null) names.add(row.values().get("customerName"));
        }
        Map<String, Long> byCode = customers.visibleByCreditCode(codes);
        Map<String, List<Long>> byName = customers.visibleByName(names);
        List<RowError> errors = new ArrayList<>();
        List<ContactImport.Row> drafts = new ArrayList<>(rows.size());
        Map<Integer, SheetRow> byNumber = new HashMap<>();
        for (SheetRow row : rows) {
            byNumber.put(row.number(), row);
            Map<String, String> v = row.values();
            Long customerId = null;
            String code = CreditCodes.normalize(v.get("customerCreditCode"));
            if (code != null) {
                customerId = byCode.get(code);
                if (customerId == null) errors.add(problem(row, "customerCreditCode", "customer_not_found"));
            } else if (v.get("customerName") != null) {
                List<Long> ids = byName.getOrDefault(v.get("customerName"), List.of());
                if (ids.size() == 1) customerId = ids.get(0);
                else errors.add(problem(row, "customerName", ids.isEmpty() ? "customer_not_found" : "customer_ambiguous"));
            } else {
                errors.add(problem(row, "customerName", "customer_required"));
            }
            Long owner = values.owner(v.get("owner"));
            if (owner != null && owner < 0) {
                errors.add(problem(row, "owner", "owner_not_found"));
                owner = null;
            }
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

    private static RowError problem(SheetRow row, String field, String code) {
        return ImportTarget.error(row, field, FieldProblem.of(field, code));
    }

    private static String column(String field, SheetRow row) {
        return switch (field) {
            case "ownerId" -> "owner";
            case "customerId" -> row.values().get("customerCreditCode") != null ? "customerCreditCode" : "customerName";
            default -> field;
        };
    }
}
