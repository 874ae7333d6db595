package io.qike.crm.importexport;

import io.qike.crm.customer.CustomerBatch;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerImport;
import io.qike.crm.pool.Pool;
import io.qike.crm.pool.PoolImports;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Customer rows: mapped to drafts and handed to the customer module's batch API. Into a public pool (导入到公海) the
 * customers have no owner: the owner column is ignored, and each imported customer gets an IMPORT move in the pool's log,
 * written with the rows.
 */
final class CustomerTarget implements ImportTarget {
    private final CustomerImport customers;
    private final List<Column> columns;
    private final RowValues values;
    private final CustomerBatch batch;
    private final Pool pool;
    private final PoolImports pools;

    CustomerTarget(CustomerImport customers, List<Column> columns, RowValues values) {
        this(customers, columns, values, null, null);
    }

    /** Into {@code pool} (null: owned customers), whose log {@code pools} keeps. */
    CustomerTarget(CustomerImport customers, List<Column> columns, RowValues values, Pool pool, PoolImports pools) {
        this.customers = customers;
        this.columns = columns;
        this.values = values;
        this.pool = pool;
        this.pools = pools;
        this.batch = pool == null ? customers.newBatch() : customers.newPoolBatch(pool.id());
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
            Long owner = pool == null ? values.owner(row, errors) : null; // a pool customer has no owner
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
        if (pool == null) return customers.insertChecked(batch);
        List<Long> ids = customers.insertCheckedIds(batch);
        pools.recordImported(pool.id(), ids);
        return ids.size();
    }

    @Override
    public void recordImport(String fileName, int rows) {
        if (pool == null) customers.recordImport(fileName, rows);
        else customers.recordImport(fileName, rows, pool.name());
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
