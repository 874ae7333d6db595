package io.qike.crm.importexport;

import io.qike.crm.customer.CustomerImport;
import io.qike.crm.dedup.CreditCodes;
import io.qike.crm.importexport.ImportTarget.SheetRow;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The customer a row names in its {@code customerCreditCode} or {@code customerName} column (contacts, opportunities):
 * the credit code when given, else the one customer of that name the importer may see. Looked up once per chunk.
 */
final class CustomerColumn {
    private final Map<String, Long> byCode;
    private final Map<String, List<Long>> byName;

    private CustomerColumn(Map<String, Long> byCode, Map<String, List<Long>> byName) {
        this.byCode = byCode;
        this.byName = byName;
    }

    static CustomerColumn lookUp(CustomerImport customers, List<SheetRow> rows) {
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (SheetRow row : rows) {
            String code = CreditCodes.normalize(row.values().get("customerCreditCode"));
            if (code != null) codes.add(code);
            else if (row.values().get("customerName") != null) names.add(row.values().get("customerName"));
        }
        return new CustomerColumn(customers.visibleByCreditCode(codes), customers.visibleByName(names));
    }

    /**
     * The row's customer; null, with the problem added to {@code errors} in the sheet's words, when none or several
     * match, or ({@code requiredCode}) when the row names no customer.
     */
    Long customerId(SheetRow row, String requiredCode, List<RowError> errors) {
        Map<String, String> v = row.values();
        String code = CreditCodes.normalize(v.get("customerCreditCode"));
        if (code != null) {
            Long id = byCode.get(code);
            if (id == null) errors.add(ImportTarget.problem(row, "customerCreditCode", "customer_not_found"));
            return id;
        }
        if (v.get("customerName") == null) {
            errors.add(ImportTarget.problem(row, "customerName", requiredCode));
            return null;
        }
        List<Long> ids = byName.getOrDefault(v.get("customerName"), List.of());
        if (ids.size() == 1) return ids.get(0);
        errors.add(ImportTarget.problem(row, "customerName", ids.isEmpty() ? "customer_not_found" : "customer_ambiguous"));
        return null;
    }
}
