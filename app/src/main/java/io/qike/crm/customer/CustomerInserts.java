package io.qike.crm.customer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Inserts many checked customers with one statement: each column travels as one array and
 * {@code unnest} turns them back into rows. Against a JDBC batch of single-row inserts this saves
 * the per-statement work on both sides, which is most of what is left besides the table's own
 * indexes, generated columns and foreign keys. Column for column the same row as {@link CustomerRepository#insert}.
 */
final class CustomerInserts {
    /** Separates tags inside one array element (and is taken out of the tags themselves). */
    private static final String TAG_SEPARATOR = "\u001f";
    private static final String INSERT = """
            insert into customer(name, name_norm, credit_code, legal_representative, registered_capital, capital_currency,
              established_on, registration_status, address, region, industry, business_scope, phone, email, website,
              owner_id, department_id, source, level, tags, custom, created_by)
            select name, name_norm, credit_code, legal, capital::numeric, currency, established::date, status, address, region,
              industry, scope, phone, email, website, owner::bigint, department::bigint, source, level,
              coalesce(string_to_array(tags, chr(31)), '{}'), custom::jsonb, ?
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
              ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
              ?::text[], ?::text[])
              as u(name, name_norm, credit_code, legal, capital, currency, established, status, address, region, industry, scope,
                   phone, email, website, owner, department, source, level, tags, custom)""";
    private static final List<Function<CustomerValues, Object>> COLUMNS = List.of(
            CustomerValues::name, CustomerValues::nameNorm, CustomerValues::creditCode, CustomerValues::legalRepresentative,
            v -> v.registeredCapital() == null ? null : v.registeredCapital().toPlainString(), CustomerValues::capitalCurrency,
            CustomerValues::establishedOn, CustomerValues::registrationStatus, CustomerValues::address, CustomerValues::region,
            CustomerValues::industry, CustomerValues::businessScope, CustomerValues::phone, CustomerValues::email,
            CustomerValues::website, CustomerValues::ownerId, v -> null, CustomerValues::source, CustomerValues::level,
            v -> String.join(TAG_SEPARATOR, v.tags().stream().map(t -> t.replace(TAG_SEPARATOR, "")).toList()),
            CustomerValues::customJson);
    private static final int DEPARTMENT = 16;

    private CustomerInserts() {
    }

    static int insert(Connection connection, List<CustomerValues> rows, Map<Long, Long> departments, long createdBy)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            ps.setLong(1, createdBy);
            for (int c = 0; c < COLUMNS.size(); c++) {
                String[] column = new String[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    CustomerValues v = rows.get(r);
                    Object value = c == DEPARTMENT ? departments.get(v.ownerId()) : COLUMNS.get(c).apply(v);
                    column[r] = value == null ? null : value.toString();
                }
                ps.setArray(c + 2, connection.createArrayOf("text", column));
            }
            return ps.executeUpdate();
        }
    }
}
