package io.qike.crm.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.org.TenantProvisioning;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A measurement, not a check (issue 16, Benchmark): (1) the daily recycle run at {@value #DEFAULT_CUSTOMERS} customers
 * in one enterprise, three rules (target ≤ 30 s for all), and its second run (idempotent: nothing moves); (2) claims
 * per second from one pool by {@value #DEFAULT_USERS} concurrent users, each capped, with the count of owners over
 * their cap afterwards (must be 0). Customers are written in one set-based insert as the step-1 bench data's shape
 * (names, levels, owners, follow-ups spread over 400 days). Run by hand: {@code bench/pool.sh}. Writes
 * target/pool-bench.txt.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "qike.bench", matches = "true", disabledReason = "a benchmark: run bench/pool.sh (-Dqike.bench=true)")
class PoolBenchTest {
    static final int DEFAULT_CUSTOMERS = 1_000_000;
    static final int DEFAULT_USERS = 50;
    static final int CUSTOMERS = Integer.getInteger("qike.bench.pool.customers", DEFAULT_CUSTOMERS);
    static final int USERS = Integer.getInteger("qike.bench.pool.users", DEFAULT_USERS);
    static final int CAP = Integer.getInteger("qike.bench.pool.cap", 20);

    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired TenantProvisioning provisioning;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired Pools pools;
    @Autowired PoolCustomers poolCustomers;
    @Autowired PoolRecycling recycling;
    final List<String[]> rows = new ArrayList<>();

    @Test
    void recycleRunAndConcurrentClaims() throws Exception {
        row("machine", Runtime.getRuntime().availableProcessors() + " cores", "");
        try {
            TestTenant t = fixtures.tenant();
            List<Long> users = TenantContext.callAs(t.tenantId(), () -> tx.execute(s -> {
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < USERS; i++) {
                    ids.add(provisioning.user(t.prefix() + "-bench" + i, "压测销售" + i, t.salesDeptId(), null, TestFixtures.PASSWORD,
                            t.salesRoleId()));
                }
                return ids;
            }));
            long t0 = System.nanoTime();
            TenantContext.runAs(t.tenantId(), () -> tx.executeWithoutResult(s -> {
                jdbc.sql("""
                        insert into customer(name, name_norm, owner_id, department_id, level, created_at, last_followed_at,
                                             open_deal_probability, last_won_at)
                        select '压测客户' || g || '有限公司', '压测客户' || g, (cast(:owners as bigint[]))[1 + g % cardinality(cast(:owners as bigint[]))],
                               :dept, (array['A', 'B', 'C', null])[1 + g % 4], now() - interval '400 days',
                               case when g % 7 = 0 then null else now() - (g % 400) * interval '1 day' end,
                               case when g % 10 = 0 then (g % 100) end, case when g % 13 = 0 then now() - (g % 500) * interval '1 day' end
                        from generate_series(1, :n) g""")
                        .param("owners", new Long[] {t.rep1Id(), t.rep2Id(), t.managerId(), t.adminId()})
                        .param("dept", t.salesDeptId()).param("n", CUSTOMERS).update();
                jdbc.sql("analyze customer").update();
            }));
            row("customers written (one insert, then analyze)", CUSTOMERS + " in " + secs(t0), "");

            long pool = fixtures.as(t.adminId(), () -> {
                long id = pools.create(new PoolDraft("压测公海", List.of("level"), null, 0, List.of(), List.of(t.salesDeptId()),
                        List.of(t.adminId()))).id();
                pools.addRule(id, new RecycleRuleDraft("NO_FOLLOW_UP", 90, List.of("A", "B"), 7, 60, true));
                pools.addRule(id, new RecycleRuleDraft("NO_FOLLOW_UP", 180, List.of(), 7, 60, true));
                pools.addRule(id, new RecycleRuleDraft("NO_WON", 365, List.of("C"), 0, null, true));
                pools.setCaps(java.util.Map.of(t.salesRoleId(), CAP));
                return id;
            });
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            long r0 = System.nanoTime();
            PoolRecycling.Result first = recycling.run(t.tenantId(), now);
            double runSeconds = (System.nanoTime() - r0) / 1e9;
            row("first run, 3 rules: the backlog of 400 days of follow-ups at once", first.warned() + " warned, " + first.recycled()
                    + " recycled in " + String.format("%.2f s", runSeconds), String.format("%.0f moves/s", first.recycled() / runSeconds));
            long r1 = System.nanoTime();
            PoolRecycling.Result second = recycling.run(t.tenantId(), now);
            row("second run at the same instant", second.warned() + " warned, " + second.recycled() + " recycled in " + secs(r1),
                    second.recycled() == 0 && second.warned() == 0 ? "idempotent ok" : "NOT IDEMPOTENT");
            // The daily run as it goes from then on: the customers whose day came since yesterday's run, among all of them.
            long r2 = System.nanoTime();
            PoolRecycling.Result daily = recycling.run(t.tenantId(), now.plusDays(1));
            double dailySeconds = (System.nanoTime() - r2) / 1e9;
            row("the next day's run, 3 rules", daily.warned() + " warned, " + daily.recycled() + " recycled in "
                    + String.format("%.2f s", dailySeconds), "<= 30 s " + (dailySeconds <= 30 ? "ok" : "MISSED"));

            List<Long> inPool = TenantContext.callAs(t.tenantId(), () -> jdbc.sql(
                    "select id from customer where pool_id = ? order by id limit 20000").param(pool).query(Long.class).list());
            AtomicLong won = new AtomicLong();
            AtomicLong lost = new AtomicLong();
            AtomicLong capped = new AtomicLong();
            ExecutorService threads = Executors.newFixedThreadPool(USERS);
            long c0 = System.nanoTime();
            try {
                List<Future<?>> done = new ArrayList<>();
                for (long user : users) {
                    done.add(threads.submit(() -> fixtures.asRun(user, () -> {
                        while (true) {
                            long id = inPool.get(ThreadLocalRandom.current().nextInt(inPool.size()));
                            try {
                                poolCustomers.claim(id);
                                won.incrementAndGet();
                            } catch (ConflictException e) {
                                if (e.code().equals("pool_cap_reached")) {
                                    capped.incrementAndGet();
                                    return;
                                }
                                lost.incrementAndGet();
                            } catch (io.qike.crm.platform.NotFoundException e) {
                                lost.incrementAndGet();
                            }
                        }
                    })));
                }
                for (Future<?> f : done) f.get();
            } finally {
                threads.shutdown();
            }
            double claimSeconds = (System.nanoTime() - c0) / 1e9;
            row("claims by " + USERS + " concurrent users, cap " + CAP, won.get() + " won, " + lost.get() + " lost to another, in "
                    + String.format("%.2f s", claimSeconds), String.format("%.0f claims/s", won.get() / claimSeconds));
            long over = TenantContext.callAs(t.tenantId(), () -> jdbc.sql("""
                    select count(*) from (select owner_id from customer where owner_id = any(?) group by owner_id having count(*) > ?) o""")
                    .params(users.toArray(Long[]::new), CAP).query(Long.class).single());
            row("owners over their cap", "" + over, over == 0 ? "ok" : "OVER CAP");
            assertThat(over).isZero();
            assertThat(won.get()).isEqualTo((long) USERS * CAP);
        } finally {
            StringBuilder table = new StringBuilder("| measure | figure | target |\n|---|---|---|\n");
            rows.forEach(r -> table.append("| ").append(String.join(" | ", r)).append(" |\n"));
            System.out.println(table);
            Files.writeString(Path.of("target/pool-bench.txt"), table);
        }
    }

    private void row(String measure, String figure, String target) {
        rows.add(new String[] {measure, figure, target});
    }

    private static String secs(long t0) {
        return String.format("%.2f s", (System.nanoTime() - t0) / 1e9);
    }
}
