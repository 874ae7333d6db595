package io.qike.crm.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.org.TenantProvisioning;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 领取 at the same moment: eight members claiming one lead, or one member claiming eight leads under a cap of three
 * from eight windows; run many rounds, each ends with exactly one winner (or exactly the cap) and clear refusals.
 */
@IntegrationTest
class LeadClaimRaceTest {
    static final int THREADS = 8, ROUNDS = 20, CAP = 3;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired TenantProvisioning provisioning;
    @Autowired TransactionTemplate tx;
    @Autowired LeadService leads;
    @Autowired LeadPools pools;
    TestTenant t;
    List<Long> members;
    ExecutorService threads;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        members = new ArrayList<>(List.of(t.rep1Id(), t.rep2Id(), t.managerId()));
        TenantContext.runAs(t.tenantId(), () -> tx.executeWithoutResult(s -> {
            for (int i = members.size(); i < THREADS; i++) {
                members.add(provisioning.user(t.prefix() + "-rep" + (i + 10), "销售" + i, t.salesDeptId(), null, TestFixtures.PASSWORD,
                        t.salesRoleId()));
            }
        }));
        threads = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    @Test
    void eightMembersClaimingOneLeadAtOnceLeaveExactlyOneOwner() throws Exception {
        long pool = fixtures.as(t.adminId(), () -> pools.create(new LeadPoolDraft("抢单池", CAP, List.of(), members, List.of())));
        for (int round = 0; round < ROUNDS; round++) {
            long lead = fixtures.as(t.adminId(), () -> leads.create(new LeadDraft("并发线索有限公司", null, null, null, null, null, null,
                    null, pool, Map.of())));
            Map<String, Integer> outcomes = race(members.stream().map(user -> (Runnable) () -> fixtures.asRun(user, () -> leads.claim(lead)))
                    .toList());
            assertThat(outcomes).as("round " + round).isEqualTo(Map.of("won", 1, "lead_taken", THREADS - 1));
            Lead claimed = fixtures.as(t.adminId(), () -> leads.get(lead));
            assertThat(claimed.ownerId()).isIn(members);
            // The winner gives it back for the next round's count to start from nothing held.
            fixtures.asRun(claimed.ownerId(), () -> leads.giveBack(lead, "测试轮次结束", null));
        }
    }

    @Test
    void oneMemberClaimingEightLeadsAtOnceGetsExactlyTheCap() throws Exception {
        long rep = t.rep1Id();
        for (int round = 0; round < ROUNDS; round++) {
            String name = "上限池" + round;
            long pool = fixtures.as(t.adminId(), () -> pools.create(new LeadPoolDraft(name, CAP, List.of(), List.of(rep), List.of())));
            List<Long> waiting = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                waiting.add(fixtures.as(t.adminId(), () -> leads.create(new LeadDraft("上限线索有限公司", null, null, null, null, null, null,
                        null, pool, Map.of()))));
            }
            Map<String, Integer> outcomes = race(waiting.stream().map(lead -> (Runnable) () -> fixtures.asRun(rep, () -> leads.claim(lead)))
                    .toList());
            assertThat(outcomes).as("round " + round).isEqualTo(Map.of("won", CAP, "lead_claim_cap", THREADS - CAP));
            assertThat(fixtures.as(rep, () -> leads.waiting(pool, null, 0, 50)).total()).isEqualTo(THREADS - CAP);
        }
    }

    /** Starts the claims together and counts how each ended: won, or the refusal's code. */
    private Map<String, Integer> race(List<Runnable> claims) throws Exception {
        CountDownLatch ready = new CountDownLatch(claims.size()), go = new CountDownLatch(1);
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> running = new ArrayList<>();
        for (Runnable claim : claims) {
            running.add(threads.submit(() -> {
                ready.countDown();
                try {
                    go.await();
                    claim.run();
                    outcomes.merge("won", 1, Integer::sum);
                } catch (ConflictException e) {
                    outcomes.merge(e.code(), 1, Integer::sum);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        for (Future<?> f : running) f.get(60, TimeUnit.SECONDS);
        return outcomes;
    }
}
