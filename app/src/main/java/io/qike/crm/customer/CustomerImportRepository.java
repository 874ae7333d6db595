package io.qike.crm.customer;

import io.qike.crm.platform.VisibleOwners;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The customer SQL of imports and exports, in bulk. It inserts many checked customers with one statement: each column travels as one array and
 * {@code unnest} turns them back into rows. Against a JDBC batch of single-row inserts this saves
 * the per-statement work on both sides, which is most of what is left besides the table's own
 * indexes, generated columns and foreign keys. Column for column the same row as {@link CustomerRepository#insert}.
 */
@Repository
class CustomerImportRepository {
    /** Separates tags inside one array element (and is taken out of the tags themselves). */
    private static final String TAG_SEPARATOR = "\u001f";
    private static final String INSERT = """
            insert into customer(name, name_norm, credit_code, legal_representative, registered_capital, capital_currency,
              established_on, registration_status, address, region, industry, business_scope, phone, email, website,
              owner_id, department_id, source, level, tags, custom, created_by, pool_id)
            select name, name_norm, credit_code, legal, capital::numeric, currency, established::date, status, address, region,
              industry, scope, phone, email, website, owner::bigint, department::bigint, source, level,
              coalesce(string_to_array(tags, chr(31)), '{}'), custom::jsonb, ?, ?::bigint
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
              ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
              ?::text[], ?::text[])
              as u(name, name_norm, credit_code, legal, capital, currency, established, status, address, region, industry, scope,
                   phone, email, website, owner, department, source, level, tags, custom)
            returning id""";
    private static final List<Function<CustomerValues, Object>> COLUMNS = List.of(
            CustomerValues::name, CustomerValues::nameNorm, CustomerValues::creditCode, CustomerValues::legalRepresentative,
            v -> v.registeredCapital() == null ? null : v.registeredCapital().toPlainString(), CustomerValues::capitalCurrency,
            CustomerValues::establishedOn, CustomerValues::registrationStatus, CustomerValues::address, CustomerValues::region,
            CustomerValues::industry, CustomerValues::businessScope, CustomerValues::phone, CustomerValues::email,
            CustomerValues::website, CustomerValues::ownerId, v -> null, CustomerValues::source, CustomerValues::level,
            v -> String.join(TAG_SEPARATOR, v.tags().stream().map(t -> t.replace(TAG_SEPARATOR, "")).toList()),
            CustomerValues::customJson);
    private static final int OWNER = 15, DEPARTMENT = 16;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CustomerImportRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Inserts the rows with one statement, in the caller's transaction; returns their ids. With a pool
     * ({@code poolId}) they go into it: no owner, no department ({@code owner_since} stays null either way).
     */
    List<Long> insertAll(List<CustomerValues> rows, Map<Long, Long> departments, long createdBy, Long poolId) {
        return template.execute((ConnectionCallback<List<Long>>) c -> insert(c, rows, departments, createdBy, poolId));
    }

    /** Names of the tenant's customers with these credit codes, whatever the data scope. */
    Map<String, String> namesByCreditCode(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (codes.isEmpty()) return names;
        jdbc.sql("select credit_code, name from customer where credit_code = any(?)").param(codes.toArray(String[]::new))
                .query(rs -> { names.put(rs.getString(1), rs.getString(2)); });
        return names;
    }

    Map<String, Long> visibleByCreditCode(Collection<String> codes, VisibleOwners visible) {
        Map<String, Long> found = new HashMap<>();
        if (codes.isEmpty()) return found;
        jdbc.sql("select credit_code, id from customer c where credit_code = any(:codes) and " + visible.sqlCondition("c.owner_id"))
                .param("codes", codes.toArray(String[]::new)).params(visible.parameters())
                .query(rs -> { found.put(rs.getString(1), rs.getLong(2)); });
        return found;
    }

    Map<String, List<Long>> visibleByName(Collection<String> names, VisibleOwners visible) {
        Map<String, List<Long>> found = new HashMap<>();
        if (names.isEmpty()) return found;
        jdbc.sql("select name, id from customer c where name = any(:names) and " + visible.sqlCondition("c.owner_id"))
                .param("names", names.toArray(String[]::new)).params(visible.parameters())
                .query(rs -> { found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2)); });
        return found;
    }

    Map<Long, String> visibleCreditCodes(Collection<Long> ids, VisibleOwners visible) {
        Map<Long, String> found = new HashMap<>();
        if (ids.isEmpty()) return found;
        jdbc.sql("select id, credit_code from customer c where id = any(:ids) and credit_code is not null and "
                        + visible.sqlCondition("c.owner_id"))
                .param("ids", ids.toArray(Long[]::new)).params(visible.parameters())
                .query(rs -> { found.put(rs.getLong(1), rs.getString(2)); });
        return found;
    }

    private static List<Long> insert(Connection connection, List<CustomerValues> rows, Map<Long, Long> departments, long createdBy,
                                     Long poolId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            ps.setLong(1, createdBy);
            ps.setObject(2, poolId, java.sql.Types.BIGINT);
            for (int c = 0; c < COLUMNS.size(); c++) {
                String[] column = new String[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    CustomerValues v = rows.get(r);
                    Object value = poolId != null && (c == OWNER || c == DEPARTMENT) ? null
                            : c == DEPARTMENT ? departments.get(v.ownerId()) : COLUMNS.get(c).apply(v);
                    column[r] = value == null ? null : value.toString();
                }
                ps.setArray(c + 3, connection.createArrayOf("text", column));
            }
            List<Long> ids = new ArrayList<>(rows.size());
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
            return ids;
        }
    }
}
