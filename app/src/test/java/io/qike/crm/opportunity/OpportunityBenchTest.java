package io.qike.crm.opportunity;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 商机看板 and 销售漏斗 for a manager's team scope (manager and rep1 of four owners, so half the opportunities), p50 and
 * p95 over {@code qike.bench.samples} calls of the services the pages call, after a warm-up. Opportunities are written
 * with one set-based statement, spread evenly over the default process's six stages. Run with
 * {@code -Dqike.bench=true -Dtest=OpportunityBenchTest [-Dqike.bench.opportunities=200000]}; prints, asserts nothing.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "qike.bench", matches = "true", disabledReason = "a benchmark (-Dqike.bench=true)")
class OpportunityBenchTest {
    static final int OPPORTUNITIES = Integer.getInteger("qike.bench.opportunities", 200_000);
    static final int SAMPLES = Integer.getInteger("qike.bench.samples", 200);
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired OpportunityService opportunities;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired io.qike.crm.platform.database.SystemDatabase system;

    @Test
    void kanbanAndFunnelForAManagersTeam() {
        TestTenant t = fixtures.tenant();
        List<Long> customerIds = new ArrayList<>();
        fixtures.asRun(t.adminId(), () -> { for (int i = 0; i < 200; i++) customerIds.add(customers.create(CustomerDraft.named("看板压测客户" + i)).id()); });
        long start = System.nanoTime();
        TenantContext.runAs(t.tenantId(), () -> tx.executeWithoutResult(s -> {
            jdbc.sql("""
                    insert into opportunity(customer_id, name, amount, process_id, stage_id, probability, reached_position, owner_id, status,
                      close_reason, closed_at, created_by, updated_at)
                    select (:customers::bigint[])[1 + g % 200], '压测商机' || g, (g % 1000) * 100, st.process_id, st.id, st.probability,
                      case when st.kind = 'OPEN' then st.position else 2 end, (:owners::bigint[])[1 + (g / 7) % 4], st.kind,
                      case when st.kind = 'OPEN' then null else '压测' end, case when st.kind = 'OPEN' then null else now() end,
                      (:owners::bigint[])[1], now() - (g % 10000) * interval '1 minute'
                    from generate_series(1, :n) g
                    join (select s.*, row_number() over (order by s.position) - 1 as k from sales_stage s join sales_process p on p.id = s.process_id
                          where p.is_default) st on st.k = g % 6""")
                    .param("customers", customerIds.toArray(Long[]::new))
                    .param("owners", new Long[]{t.adminId(), t.managerId(), t.rep1Id(), t.rep2Id()}).param("n", OPPORTUNITIES).update();
        }));
        // As autovacuum leaves a table after a bulk load: statistics and the visibility map (index-only scans).
        system.jdbc().sql("vacuum analyze opportunity").update();
        System.out.printf("opportunities: %,d written in %d ms%n", OPPORTUNITIES, (System.nanoTime() - start) / 1_000_000);
        fixtures.asRun(t.managerId(), () -> {
            report("kanban (manager's team)", () -> opportunities.kanban(null));
            report("funnel (manager's team)", () -> opportunities.funnel(null));
        });
        fixtures.asRun(t.adminId(), () -> report("kanban (everyone)", () -> opportunities.kanban(null)));
    }

    private static void report(String what, Supplier<Object> call) {
        for (int i = 0; i < Math.max(20, SAMPLES / 5); i++) call.get();
        long[] ns = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long s = System.nanoTime();
            call.get();
            ns[i] = System.nanoTime() - s;
        }
        Arrays.sort(ns);
        System.out.printf("%-28s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d calls, %,d opportunities)%n", what, ns[SAMPLES / 2] / 1e6,
                ns[(int) (SAMPLES * 0.95)] / 1e6, ns[SAMPLES - 1] / 1e6, SAMPLES, OPPORTUNITIES);
    }
}
