package io.qike.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Fills the embedded database directly as its owner: tenants, departments, roles and users with
 * SQL, customers with COPY. The customer table's secondary indexes are dropped during the COPY and
 * rebuilt afterwards from their own definitions (one bulk build is far faster than a million
 * incremental GIN inserts); the result is the schema the migrations made.
 */
final class DataLoader {
    /** A loaded tenant: database ids of its users by user index, and their departments. */
    record Tenant(int index, long id, long[] userIds, long[] departmentOf) {
    }

    record Result(List<Tenant> tenants, Map<String, Object> figures) {
    }

    private static final int CHUNK = 50_000;
    private final EmbeddedLogin db;
    private final Population population;
    private final Companies companies;
    private final String password;

    DataLoader(EmbeddedLogin db, Population population, Companies companies, String password) {
        this.db = db;
        this.population = population;
        this.companies = companies;
        this.password = password;
    }

    Connection connect() throws SQLException {
        return db.connect();
    }

    Result load(int threads) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        List<Tenant> tenants;
        long t0 = System.nanoTime();
        try (Connection c = connect()) {
            tenants = createTenants(c);
        }
        figures.put("tenantsAndUsersMs", ms(t0));

        List<String> indexes;
        try (Connection c = connect()) {
            indexes = dropCustomerIndexes(c);
        }
        long t1 = System.nanoTime();
        copyCustomers(tenants, threads);
        figures.put("copyMs", ms(t1));

        long t2 = System.nanoTime();
        rebuild(indexes, threads);
        figures.put("indexBuildMs", ms(t2));

        long t3 = System.nanoTime();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("vacuum analyze");
            try (ResultSet rs = s.executeQuery("select pg_total_relation_size('customer'), pg_relation_size('customer'), count(*) from customer")) {
                rs.next();
                figures.put("customerTotalMB", rs.getLong(1) / (1024 * 1024));
                figures.put("customerHeapMB", rs.getLong(2) / (1024 * 1024));
                figures.put("customerRows", rs.getLong(3));
            }
        }
        figures.put("vacuumAnalyzeMs", ms(t3));
        figures.put("totalMs", ms(t0));
        return new Result(tenants, figures);
    }

    private List<Tenant> createTenants(Connection c) throws SQLException {
        // The three built-in roles with exactly the permissions the app gives them, copied from
        // the demo enterprise that the app provisions on first start.
        Map<String, List<String>> permissionsByScope = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select r.data_scope, rp.permission from role r join tenant t on t.id = r.tenant_id
                join role_permission rp on rp.role_id = r.id where t.code = 'demo' and r.builtin order by r.id, rp.permission""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) permissionsByScope.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
        for (String scope : List.of("ALL", "DEPARTMENT_AND_CHILDREN", "SELF")) {
            if (!permissionsByScope.containsKey(scope)) {
                throw new IllegalStateException("The demo enterprise has no built-in " + scope + " role to copy (was qike.seed-demo turned off?)");
            }
        }
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
        List<Tenant> tenants = new ArrayList<>();
        c.setAutoCommit(false);
        for (int t = 0; t < population.tenants(); t++) {
            long tenantId = insert(c, "insert into tenant(code, name) values (?, ?) returning id",
                    "bench" + (t + 1), "基准测试企业" + (t + 1));
            long head = insert(c, "insert into department(tenant_id, name) values (?, ?) returning id", tenantId, "总部");
            long[] departments = new long[Population.MANAGERS];
            for (int d = 0; d < departments.length; d++) {
                departments[d] = insert(c, "insert into department(tenant_id, parent_id, name, sort) values (?, ?, ?, ?) returning id",
                        tenantId, head, "销售" + "一二三四五六七八".charAt(d % 8) + "部", d + 1);
            }
            long adminRole = role(c, tenantId, "管理员", "ALL", permissionsByScope.get("ALL"));
            long managerRole = role(c, tenantId, "销售经理", "DEPARTMENT_AND_CHILDREN", permissionsByScope.get("DEPARTMENT_AND_CHILDREN"));
            long salesRole = role(c, tenantId, "销售", "SELF", permissionsByScope.get("SELF"));
            int n = population.usersPerTenant();
            long[] users = new long[n];
            long[] departmentOf = new long[n];
            for (int u = 0; u < n; u++) {
                boolean manager = u >= 1 && u <= Population.MANAGERS;
                long dept = u == Population.ADMIN ? head : manager ? departments[u - 1] : departments[u % Population.MANAGERS];
                Long managerId = u > Population.MANAGERS ? users[1 + u % Population.MANAGERS] : null;
                users[u] = insert(c, """
                        insert into app_user(tenant_id, login, display_name, mobile, department_id, manager_id, password_hash)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""", tenantId, Population.login(t, u),
                        Companies.personFor(t * 1000L + u), String.format("139%08d", t * 1000 + u), dept, managerId, hash);
                departmentOf[u] = dept;
                long role = u == Population.ADMIN ? adminRole : manager ? managerRole : salesRole;
                try (PreparedStatement ps = c.prepareStatement("insert into user_role(tenant_id, user_id, role_id) values (?, ?, ?)")) {
                    ps.setLong(1, tenantId);
                    ps.setLong(2, users[u]);
                    ps.setLong(3, role);
                    ps.executeUpdate();
                }
            }
            tenants.add(new Tenant(t, tenantId, users, departmentOf));
        }
        c.commit();
        return tenants;
    }

    private static long role(Connection c, long tenantId, String name, String scope, List<String> permissions) throws SQLException {
        long id = insert(c, "insert into role(tenant_id, name, data_scope, builtin) values (?, ?, ?, true) returning id", tenantId, name, scope);
        try (PreparedStatement ps = c.prepareStatement("insert into role_permission(tenant_id, role_id, permission) values (?, ?, ?)")) {
            for (String p : permissions) {
                ps.setLong(1, tenantId);
                ps.setLong(2, id);
                ps.setString(3, p);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    private static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<String> dropCustomerIndexes(Connection c) throws SQLException {
        List<String> defs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename = 'customer'
                  and indexname not in (select conname from pg_constraint where conrelid = 'customer'::regclass)""")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                defs.add(rs.getString(2));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : names) s.execute("drop index " + name);
        }
        return defs;
    }

    private void rebuild(List<String> indexDefs, int threads) throws Exception {
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(indexDefs);
        runParallel(threads, k -> {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("set maintenance_work_mem = '1GB'");
                for (String def; (def = queue.poll()) != null; ) {
                    long t = System.nanoTime();
                    s.execute(def);
                    System.out.printf("  index built in %,d ms: %s%n", ms(t), def.replaceFirst(" ON public\\.customer.*", ""));
                }
            }
        });
    }

    private void copyCustomers(List<Tenant> tenants, int threads) throws Exception {
        long total = population.customers();
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        runParallel(threads, k -> {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                // Bulk load only: the rows are consistent by construction, so foreign-key triggers are skipped.
                s.execute("set synchronous_commit = off");
                s.execute("set session_replication_role = replica");
                PGConnection pg = c.unwrap(PGConnection.class);
                StringBuilder sb = new StringBuilder(1 << 20);
                for (long from = (long) k * CHUNK; from < total; from += (long) threads * CHUNK) {
                    CopyIn in = pg.getCopyAPI().copyIn("""
                            copy customer(tenant_id, name, name_norm, credit_code, legal_representative, registered_capital,
                              capital_currency, established_on, registration_status, address, region, industry, business_scope,
                              phone, email, website, owner_id, department_id, source, level, tags, created_by) from stdin""");
                    long to = Math.min(total, from + CHUNK);
                    for (long serial = from; serial < to; serial++) {
                        row(sb, serial, tenants);
                        if (sb.length() > (1 << 20) - 4096) flush(in, sb);
                    }
                    flush(in, sb);
                    in.endCopy();
                    long n = done.addAndGet(to - from);
                    System.out.printf("  %,d / %,d customers (%,.0f rows/s)%n", n, total, n / ((System.nanoTime() - start) / 1e9));
                }
            }
        });
    }

    private void row(StringBuilder sb, long serial, List<Tenant> tenants) {
        Companies.Company co = companies.company(serial);
        Tenant t = tenants.get(population.tenantOf(serial));
        int owner = population.ownerOf(serial);
        sb.append(t.id()).append('\t');
        field(sb, co.name());
        field(sb, AppCode.normalizeName(co.name()));
        field(sb, co.creditCode());
        field(sb, co.legalRepresentative());
        field(sb, co.capitalWan());
        field(sb, "CNY");
        field(sb, co.establishedOn());
        field(sb, co.status());
        field(sb, co.address());
        field(sb, co.region());
        field(sb, co.industry());
        field(sb, co.scope());
        field(sb, co.phone());
        field(sb, co.email());
        field(sb, co.website());
        field(sb, t.userIds()[owner]);
        field(sb, t.departmentOf()[owner]);
        field(sb, co.source());
        field(sb, co.level());
        field(sb, "{" + String.join(",", co.tags()) + "}");
        sb.append(t.userIds()[owner]).append('\n');
    }

    /** One COPY text-format field and its tab; the generated values hold no tab, newline or backslash. */
    private static void field(StringBuilder sb, Object value) {
        sb.append(value == null ? "\\N" : value.toString()).append('\t');
    }

    private static void flush(CopyIn in, StringBuilder sb) throws SQLException {
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        sb.setLength(0);
    }

    interface Work {
        void run(int k) throws SQLException, IOException;
    }

    private static void runParallel(int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                int kk = k;
                futures.add(pool.submit(() -> {
                    work.run(kk);
                    return null;
                }));
            }
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdownNow();
        }
    }

    static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
