package io.qike.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * EXPLAIN ANALYZE of the app's customer keyword search, for classes that miss their target. The
 * SQL mirrors CustomerRepository.search with CustomerKeyword (as of this commit: keep them in
 * step) and runs as the app does: role qike_app under row-level security for one tenant, once with
 * a custom plan and once with the generic plan that a server-side prepared statement may settle
 * on after repeated use (pgjdbc prepares server-side from the 5th execution).
 * Standalone: {@code Explain <pg-port> <tenant-id> <keyword> [owner-id]}.
 */
final class Explain {
    private static final Pattern CODE_PREFIX = Pattern.compile("[0-9A-HJ-NP-RTUWXY]{2,18}");
    private static final Pattern DIGITS = Pattern.compile("[0-9 +-]{4,20}");

    private Explain() {
    }

    public static void main(String[] args) throws Exception {
        long[] owners = args.length > 4 ? java.util.Arrays.stream(args[4].split(",")).mapToLong(Long::parseLong).toArray() : null;
        EmbeddedLogin db = EmbeddedLogin.of(Integer.parseInt(args[1]), java.nio.file.Path.of(args[0]));
        for (String plan : plans(db, Long.parseLong(args[2]), args[3], owners)) System.out.println(plan);
    }

    /** The page query's plan, custom then generic, then the capped count query's custom plan. */
    static List<String> plans(EmbeddedLogin db, long tenantId, String keyword, long[] owners) throws Exception {
        String q = keyword.trim();
        List<Object> params = new ArrayList<>();
        // As the app's VisibleOwners and CustomerRepository write it: one owner as a value, a team filtered.
        StringBuilder where = new StringBuilder(" where ").append(owners == null ? "true"
                : owners.length == 1 ? "c.owner_id = ?" : "(c.owner_id + 0) = any(?)");
        if (owners != null) params.add(owners.length == 1 ? (Object) owners[0] : java.util.Arrays.stream(owners).boxed().toArray(Long[]::new));
        List<String> any = new ArrayList<>();
        // The app searches the keyword's rarest bigram (by the statistics) only.
        any.add("(c.name_bigrams @> array[cast(? as text)] and c.name_search like '%' || qike_norm(?) || '%')");
        params.add(rarestBigram(db, q));
        params.add(q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        String upper = q.toUpperCase();
        if (CODE_PREFIX.matcher(upper).matches()) {
            any.add("c.credit_code like ?");
            params.add(upper + "%");
        }
        if (DIGITS.matcher(q).matches()) {
            String digits = q.replaceAll("\\D", "");
            if (digits.length() >= 4) {
                any.add("c.phone_rev like ?");
                params.add(new StringBuilder(digits).reverse() + "%");
            }
        }
        where.append(" and (").append(String.join(" or ", any)).append(")");
        // As the app pages: ids first, then the page's rows; "walk" leaves the bigram index out (frequent keywords).
        String count = "select count(*) from (select 1 from customer c" + where + " limit 1001) x";
        String page = "with page as materialized (select c.id from customer c" + where + " order by (c.id + 0) desc, c.id desc limit 20 offset 0) "
                + "select c.*, c.custom::text as custom_json, (select u.display_name from app_user u where u.id = c.owner_id) as owner_name"
                + " from customer c join page p on p.id = c.id order by c.id desc, c.id desc";
        // As CustomerRepository.walkedIds writes it: the newest visible customers through the index that carries their
        // name, credit code and phone (index-only), the keyword tested on each, up to the capped total.
        String visible = owners == null ? "true" : owners.length == 1 ? "c.owner_id = ?" : "c.owner_id = any(?)";
        String keywordOnly = where.substring(where.indexOf(" and (") + 5)
                .replace(any.get(0), "(? <> '' and c.name_search like '%' || qike_norm(?) || '%')")
                .replace("c.credit_code like ?", "(c.credit_code || '') like ?").replace("c.phone_rev like ?", "(c.phone_rev || '') like ?");
        String walk = "select c.id from (select c.id, c.owner_id, c.name_search, c.credit_code, c.phone_rev from customer c where " + visible
                + " order by c.id desc limit 100000) c where " + keywordOnly + " order by c.id desc limit 1001";
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("set role qike_app");
                s.execute("set max_parallel_workers_per_gather = 0");
                s.execute("select set_config('qike.tenant_id', '" + tenantId + "', false)");
            }
            for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
                out.add("-- keyword '" + keyword + "', page query, plan_cache_mode=" + mode + "\n" + explain(c, mode, page, params));
            }
            out.add("-- keyword '" + keyword + "', the newest walked for the capped total and the page (frequent keywords), custom plan\n"
                    + explain(c, "force_custom_plan", walk, params));
            out.add("-- keyword '" + keyword + "', count query (run when a page is full), custom plan\n"
                    + explain(c, "force_custom_plan", count, params));
        }
        return out;
    }

    private static String rarestBigram(EmbeddedLogin db, String keyword) throws Exception {
        try (Connection c = db.connect();
             java.sql.PreparedStatement ps = c.prepareStatement("select b from unnest(qike_bigrams(?)) b left join qike_name_bigram_stats() s"
                     + " on s.bigram = b order by coalesce(s.frequency, (select max(floor) from qike_name_bigram_stats())) limit 1")) {
            ps.setString(1, keyword);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    /** PREPARE and EXPLAIN EXECUTE: unlike a bound EXPLAIN, this honours plan_cache_mode. */
    private static String explain(Connection c, String mode, String sql, List<Object> params) throws Exception {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char ch : sql.toCharArray()) {
            if (ch == '?') numbered.append('$').append(++n); else numbered.append(ch);
        }
        List<String> types = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Object p : params) {
            if (p instanceof Long[] arr) {
                types.add("bigint[]");
                values.add("array" + java.util.Arrays.toString(arr) + "::bigint[]");
            } else {
                types.add("text");
                values.add("'" + p.toString().replace("'", "''") + "'");
            }
        }
        StringBuilder sb = new StringBuilder();
        try (Statement s = c.createStatement()) {
            s.execute("set plan_cache_mode = " + mode);
            s.execute("deallocate all");
            s.execute("prepare q(" + String.join(", ", types) + ") as " + numbered);
            try (ResultSet rs = s.executeQuery("explain (analyze, buffers) execute q(" + String.join(", ", values) + ")")) {
                while (rs.next()) sb.append(rs.getString(1)).append('\n');
            }
            s.execute("deallocate q");
        }
        return sb.toString();
    }
}
