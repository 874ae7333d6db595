package io.qike.crm.dedup;

import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.VisibleOwners;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks for the same company among all of the tenant's customers, whatever the user's data scope:
 * an identical credit code blocks creation; a similar normalised name warns.
 */
@Service
public class DuplicateCheck {
    private static final String SELECT = """
            select c.id, c.name, u.display_name as owner_name, c.owner_id, c.credit_code, c.phone
            from customer c join app_user u on u.id = c.owner_id""";
    private final JdbcClient jdbc;
    private final DataScopes scopes;

    DuplicateCheck(JdbcClient jdbc, DataScopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    /** Similar means pg_trgm similarity of the normalised names of at least this. */
    static final String SIMILAR = "0.5";

    @Transactional(readOnly = true)
    public DuplicateReport check(String name, String creditCode, Long excludeId) {
        VisibleOwners visible = scopes.current();
        // The index finds candidates by pg_trgm's own threshold (0.3 by default): for a common name
        // such as 郑州龙宇自动化设备 that was 25,000 rows to read and drop (180 ms); at the threshold
        // the check applies anyway it is a few hundred (15 ms).
        jdbc.sql("select set_config('pg_trgm.similarity_threshold', ?, true)").param(SIMILAR).query(String.class).single();
        long exclude = excludeId == null ? -1 : excludeId;
        String code = CreditCodes.normalize(creditCode);
        DuplicateCandidate same = code == null ? null : jdbc.sql(SELECT + " where c.credit_code = ? and c.id <> ?")
                .params(code, exclude).query((rs, i) -> candidate(rs, visible)).optional().orElse(null);
        String norm = CompanyNames.normalize(name);
        List<DuplicateCandidate> similar = norm.length() < 2 ? List.of() : jdbc.sql(SELECT + "\n" + """
                 where c.id <> :exclude and (c.name_norm = :norm or (c.name_norm % :norm and similarity(c.name_norm, :norm) >= cast(:similar as real))
                   or (length(:norm) >= 4 and c.name_norm like '%' || :norm || '%'))
                 order by similarity(c.name_norm, :norm) desc, c.id limit 5""")
                .param("exclude", exclude).param("norm", norm).param("similar", SIMILAR)
                .query((rs, i) -> candidate(rs, visible)).list()
                .stream().filter(c -> same == null || c.id() != same.id()).toList();
        return new DuplicateReport(same, similar);
    }

    /**
     * The tenant's customers whose normalised name equals one of {@code names} (one query for a whole list, such
     * as a company's customer list from 企查查), by normalised name; the first customer wins when several match.
     */
    public Map<String, DuplicateCandidate> sameNames(Collection<String> names) {
        Set<String> norms = new LinkedHashSet<>();
        for (String n : names) {
            String norm = CompanyNames.normalize(n);
            if (norm.length() >= 2) norms.add(norm);
        }
        if (norms.isEmpty()) return Map.of();
        VisibleOwners visible = scopes.current();
        Map<String, DuplicateCandidate> found = new HashMap<>();
        jdbc.sql(SELECT.replace("select c.id,", "select c.name_norm, c.id,") + " where c.name_norm = any(:norms) order by c.id")
                .param("norms", norms.toArray(String[]::new))
                .query(rs -> { found.putIfAbsent(rs.getString("name_norm"), candidate(rs, visible)); });
        return found;
    }

    /** The duplicate-check tool page: by name, credit code or phone. */
    @RequiresPermission(Permission.CUSTOMER_VIEW)
    public List<DuplicateCandidate> search(String keyword) {
        VisibleOwners visible = scopes.current();
        String q = keyword == null ? "" : keyword.trim();
        if (q.length() < 2) return List.of();
        String norm = CompanyNames.normalize(q);
        String digits = q.replaceAll("\\D", "");
        return jdbc.sql(SELECT + "\n" + """
                 where c.credit_code = :code or (:norm <> '' and c.name_norm like '%' || :norm || '%')
                   or (length(:digits) >= 4 and c.phone_rev <> '' and c.phone_rev like reverse(:digits) || '%')
                 order by c.id desc limit 50""")
                .param("code", CreditCodes.normalize(q)).param("norm", norm).param("digits", digits)
                .query((rs, i) -> candidate(rs, visible)).list();
    }

    private static DuplicateCandidate candidate(java.sql.ResultSet rs, VisibleOwners visible) throws java.sql.SQLException {
        boolean readable = visible.includes(rs.getLong("owner_id"));
        return new DuplicateCandidate(rs.getLong("id"), rs.getString("name"), rs.getString("owner_name"), readable,
                readable ? rs.getString("credit_code") : null, readable ? rs.getString("phone") : null);
    }
}
