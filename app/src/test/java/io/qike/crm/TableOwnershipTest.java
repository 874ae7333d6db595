package io.qike.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table: every table the migrations create belongs to one module, and its SQL lives only in
 * that module's {@code *Repository} classes. Other modules go through the owner's Java API. The test reads
 * the sources as text: the string literals and text blocks of every class, with the table names taken in
 * table position only ({@code from}, {@code join}, {@code into}, {@code update}, …), so that a column such
 * as {@code customer_id} never counts as the table {@code customer}.
 */
class TableOwnershipTest {
    private static final Path SOURCES = Path.of("src/main/java/io/qike/crm");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Tables owned by the module whose name they start with. */
    private static final Map<String, String> PREFIXES = Map.of(
            "integration_", "integration", "intel_", "intel", "registry_", "registry", "import_", "importexport",
            "qrtz_", "platform", "wecom_", "wecom");

    /** Tables whose name does not say their module. */
    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("tenant", "platform"), Map.entry("department", "platform"), Map.entry("app_user", "platform"),
            Map.entry("role", "platform"), Map.entry("role_permission", "platform"), Map.entry("user_role", "platform"),
            Map.entry("api_token", "platform"), Map.entry("audit_log", "platform"), Map.entry("login_attempt", "platform"),
            Map.entry("background_job", "platform"), Map.entry("event_publication", "platform"),
            Map.entry("customer", "customer"), Map.entry("customer_merge", "customer"), Map.entry("contact", "contact"),
            Map.entry("sales_record", "salesrecord"), Map.entry("attachment", "salesrecord"), Map.entry("feed_share", "salesrecord"),
            Map.entry("custom_field", "customfield"),
            Map.entry("action_flow", "integration"), Map.entry("action_flow_version", "integration"),
            Map.entry("flow_run", "integration"), Map.entry("call_ledger", "integration"),
            Map.entry("call_budget_use", "integration"),
            Map.entry("notification", "notify"), Map.entry("notification_delivery", "notify"),
            Map.entry("notification_preference", "notify"),
            Map.entry("wecom_archive_settings", "archive"), Map.entry("wecom_archive_key", "archive"),
            Map.entry("wecom_archive_cursor", "archive"), Map.entry("wecom_archive_message", "archive"),
            Map.entry("wecom_archive_transcript", "archive"), Map.entry("wecom_archive_retention_rule", "archive"),
            Map.entry("wecom_archive_retention_cursor", "archive"),
            Map.entry("wecom_archive_media", "archive"), Map.entry("wecom_archive_pull", "archive"),
            Map.entry("todo", "todo"),
            Map.entry("customer_pool", "pool"), Map.entry("customer_pool_member", "pool"), Map.entry("customer_pool_role_cap", "pool"),
            Map.entry("customer_pool_move", "pool"), Map.entry("customer_pool_rule", "pool"), Map.entry("customer_pool_warning", "pool"),
            Map.entry("sales_process", "opportunity"), Map.entry("sales_stage", "opportunity"), Map.entry("opportunity", "opportunity"),
            Map.entry("opportunity_line", "opportunity"), Map.entry("opportunity_rollup", "opportunity"),
            Map.entry("lead", "lead"), Map.entry("lead_pool", "lead"), Map.entry("lead_pool_member", "lead"),
            Map.entry("lead_pool_admin", "lead"), Map.entry("lead_pool_holding", "lead"), Map.entry("lead_event", "lead"),
            Map.entry("lead_pool_rule_target", "lead"));

    /** Platform's database infrastructure, which runs SQL for everyone (plans, connections, tenancy). */
    private static final Set<String> SQL_INFRASTRUCTURE = Set.of("platform/database/", "platform/CustomPlans.java");

    private static final Pattern CREATE = Pattern.compile(
            "(?i)\\bcreate\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?(?:public\\.)?\"?(\\w+)");
    private static final Pattern DROP = Pattern.compile("(?i)\\bdrop\\s+table\\s+(?:if\\s+exists\\s+)?(?:public\\.)?\"?(\\w+)");
    private static final Pattern RENAME = Pattern.compile(
            "(?i)\\balter\\s+table\\s+(?:if\\s+exists\\s+)?(?:public\\.)?\"?(\\w+)\"?\\s+rename\\s+to\\s+\"?(\\w+)");
    private static final Pattern VERSION = Pattern.compile("^V(\\d+)__");

    /** A name in table position; the name is checked against the migrations' tables. */
    private static final Pattern TABLE_POSITION = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table|using)\\s+(?:only\\s+)?(?:public\\.)?\"?([a-z_][a-z0-9_]*)");
    /** A literal that is (the start of) a statement. */
    private static final Pattern STATEMENT = Pattern.compile(
            "(?is)^\\s*(?:select\\s|insert\\s+into\\s|update\\s+\\w+\\s.*\\bset\\s|delete\\s+from\\s|merge\\s+into\\s"
                    + "|with\\s+(?:recursive\\s+)?\\w+(?:\\s*\\([^)]*\\))?\\s+as\\s*(?:not\\s+)?(?:materialized\\s*)?\\("
                    + "|truncate\\s|lock\\s+table\\s|create\\s+(?:unlogged\\s+|temp\\w*\\s+)?(?:table|index|view)\\s"
                    + "|alter\\s+table\\s|drop\\s+(?:table|index|view)\\s|set\\s+(?:local\\s+)?\\w+\\s*(?:=|to)\\s)");
    /** Code (outside literals and comments) that runs SQL. */
    private static final Pattern RUNS_SQL = Pattern.compile(
            "\\b(?:JdbcClient|JdbcTemplate|NamedParameterJdbcTemplate|JdbcOperations|prepareStatement|createStatement)\\b");

    @Test
    void everyTableHasOneOwnerAndOnlyItsRepositoriesNameIt() throws IOException {
        Map<String, String> owners = owners();
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String path = SOURCES.relativize(file).toString().replace('\\', '/');
                String module = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
                Source source = Source.read(Files.readString(file));
                boolean sql = RUNS_SQL.matcher(source.code).find()
                        || source.literals.stream().anyMatch(l -> STATEMENT.matcher(l).find());
                if (!sql) continue; // text such as "into CUSTOMER" in an API description is no SQL
                if (!path.endsWith("Repository.java") && SQL_INFRASTRUCTURE.stream().noneMatch(path::startsWith)) {
                    found.add(path + ": SQL outside a *Repository class");
                }
                for (String literal : source.literals) {
                    Matcher m = TABLE_POSITION.matcher(literal);
                    while (m.find()) {
                        String table = m.group(1).toLowerCase();
                        String owner = owners.get(table);
                        if (owner != null && !owner.equals(module)) found.add(path + ": table " + table + " (owned by " + owner + ")");
                    }
                }
            }
        }
        assertThat(found).as("SQL outside the owning module's *Repository classes").isEmpty();
    }

    @Test
    void columnsNamedAfterATableAndCommentsDoNotCount() {
        Source s = Source.read("""
                /** Reads from customer (in a comment). */
                class X { String q = "select customer_id from contact c join customer_tag t on t.id = c.id"; // from app_user
                  char quote = '"'; String none = "nothing to see"; }""");
        List<String> tables = new ArrayList<>();
        for (String l : s.literals) {
            Matcher m = TABLE_POSITION.matcher(l);
            while (m.find()) tables.add(m.group(1));
        }
        assertThat(tables).containsExactly("contact", "customer_tag");
    }

    /** Every table the migrations leave, with its owning module; fails on a table without one. */
    private static Map<String, String> owners() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> VERSION.matcher(f.getFileName().toString()).find())
                    .sorted(Comparator.comparingInt(TableOwnershipTest::version)).toList()) {
                String sql = Files.readString(file).replaceAll("--[^\n]*", "");
                // Apply create, rename and drop in the order they appear in the file.
                Map<Integer, Runnable> steps = new TreeMap<>();
                Matcher m = CREATE.matcher(sql);
                while (m.find()) { String t = m.group(1).toLowerCase(); steps.put(m.start(), () -> tables.add(t)); }
                m = RENAME.matcher(sql);
                while (m.find()) {
                    String from = m.group(1).toLowerCase(), to = m.group(2).toLowerCase();
                    steps.put(m.start(), () -> { if (tables.remove(from)) tables.add(to); });
                }
                m = DROP.matcher(sql);
                while (m.find()) { String t = m.group(1).toLowerCase(); steps.put(m.start(), () -> tables.remove(t)); }
                steps.values().forEach(Runnable::run);
            }
        }
        assertThat(tables).as("tables in the migrations").isNotEmpty();
        Map<String, String> owners = new TreeMap<>();
        List<String> orphans = new ArrayList<>();
        for (String t : tables) {
            String owner = OWNERS.get(t);
            if (owner == null) {
                owner = PREFIXES.entrySet().stream().filter(e -> t.startsWith(e.getKey())).map(Map.Entry::getValue)
                        .findFirst().orElse(null);
            }
            if (owner == null) orphans.add(t);
            else owners.put(t, owner);
        }
        assertThat(orphans).as("tables without an owning module (add them to OWNERS)").isEmpty();
        return owners;
    }

    private static int version(Path migration) {
        Matcher m = VERSION.matcher(migration.getFileName().toString());
        return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    /** A Java source split into its string literals (text blocks included) and the code around them, comments dropped. */
    private record Source(String code, List<String> literals) {
        static Source read(String java) {
            StringBuilder code = new StringBuilder();
            List<String> literals = new ArrayList<>();
            int i = 0, n = java.length();
            while (i < n) {
                char c = java.charAt(i);
                if (java.startsWith("//", i)) {
                    while (i < n && java.charAt(i) != '\n') i++;
                } else if (java.startsWith("/*", i)) {
                    int end = java.indexOf("*/", i + 2);
                    i = end < 0 ? n : end + 2;
                } else if (java.startsWith("\"\"\"", i)) {
                    int end = i + 3;
                    while (end < n && !java.startsWith("\"\"\"", end)) end += java.charAt(end) == '\\' ? 2 : 1;
                    literals.add(java.substring(i + 3, Math.min(end, n)));
                    code.append("\"\"");
                    i = end + 3;
                } else if (c == '"' || c == '\'') {
                    int end = i + 1;
                    while (end < n && java.charAt(end) != c && java.charAt(end) != '\n') end += java.charAt(end) == '\\' ? 2 : 1;
                    if (c == '"') literals.add(java.substring(i + 1, Math.min(end, n)));
                    code.append("\"\"");
                    i = end + 1;
                } else {
                    code.append(c);
                    i++;
                }
            }
            return new Source(code.toString(), literals);
        }
    }
}
