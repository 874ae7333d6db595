package io.qike.crm.registry.enrich;

import java.time.Duration;
import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.jobs.BackgroundJobs;
import io.qike.crm.registry.RegistryCustomers;
import io.qike.crm.registry.RegistryProvider;
import io.qike.crm.registry.RegistrySandbox;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.control.CallCounters;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 工商批量补全 in the background: resumable after a stop midway, never twice, paced, paused by the budget; the scheduled refresh. */
@IntegrationTest
class EnrichmentTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired RegistrySandbox sandbox;
    @Autowired Enrichments enrichments;
    @Autowired BackgroundJobs jobs;
    @Autowired RefreshSchedule schedule;
    @Autowired CustomerService customers;
    @Autowired RegistryCustomers registry;
    @Autowired CompanyDataSet companies;
    @Autowired CallCounters counters;
    @Autowired JdbcClient jdbc;
    @Autowired Scheduler scheduler;

    List<Long> customersNamedAfter(TestTenant t, int from, int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            String name = companies.get(i).name();
            ids.add(fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named(name)).id()));
        }
        return ids;
    }

    EnrichmentJob await(TestTenant t, long job, Supplier<Boolean> until) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(until::get);
        return fixtures.as(t.rep1Id(), () -> enrichments.get(job));
    }

    @Test
    void aJobStoppedMidwayResumesWhereItStoppedAndEnrichesEveryCustomerOnce() throws Exception {
        TestTenant t = fixtures.tenant();
        RegistrySandbox.Keys k = sandbox.only(t.adminId(), port, RegistryProvider.QICHACHA);
        sandbox.limits(t.adminId(), RegistryProvider.QICHACHA, 4, null);
        List<Long> ids = customersNamedAfter(t, 3000, 12);
        EnrichmentJob job = fixtures.as(t.rep1Id(), () -> enrichments.start(null, true));
        assertThat(job.total()).isEqualTo(12);
        EnrichmentJob midway = await(t, job.id(), () -> fixtures.as(t.rep1Id(), () -> enrichments.get(job.id())).done() >= 3);
        assertThat(midway.status()).isEqualTo("RUNNING");
        assertThat(midway.done()).isBetween(3, 11);
        // as a restart does: the node gives the job up mid-customer, as a crash would, and runs it again from its checkpoint
        jobs.restartRunning();
        EnrichmentJob done = await(t, job.id(), () -> "DONE".equals(fixtures.as(t.rep1Id(), () -> enrichments.get(job.id())).status()));
        assertThat(done.count("ENRICHED")).isEqualTo(12);
        assertThat(counters.calls(RegistrySandbox.sandbox(RegistryProvider.QICHACHA), k.key(), "ECIV4/GetBasicDetailsByName"))
                .as("one detail call per customer, none twice").isEqualTo(12);
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            var c = fixtures.as(t.rep1Id(), () -> customers.get(id));
            assertThat(c.creditCode()).isEqualTo(companies.get(3000 + i).creditCode());
            assertThat(c.registryProvider()).isEqualTo("qichacha");
        }
        assertThatThrownBy(() -> fixtures.as(t.rep1Id(), () -> enrichments.start(null, true))).isInstanceOf(InvalidInputException.class);
        EnrichmentJob again = fixtures.as(t.rep1Id(), () -> enrichments.start(ids, false));
        EnrichmentJob skipped = await(t, again.id(), () -> "DONE".equals(fixtures.as(t.rep1Id(), () -> enrichments.get(again.id())).status()));
        assertThat(skipped.count("SKIPPED")).isEqualTo(12);
        assertThat(counters.calls(RegistrySandbox.sandbox(RegistryProvider.QICHACHA), k.key(), null)).isEqualTo(12);
    }

    @Test
    void theDailyBudgetPausesTheJobWithTheReasonAndOtherRepsCustomersAreNotTouched() throws Exception {
        TestTenant t = fixtures.tenant();
        sandbox.only(t.adminId(), port, RegistryProvider.TIANYANCHA);
        sandbox.limits(t.adminId(), RegistryProvider.TIANYANCHA, null, 3);
        List<Long> ids = customersNamedAfter(t, 3100, 5);
        EnrichmentJob notMine = fixtures.as(t.rep2Id(), () -> enrichments.start(ids, false));
        assertThat(notMine.total()).isZero();
        EnrichmentJob job = fixtures.as(t.rep1Id(), () -> enrichments.start(ids, false));
        EnrichmentJob paused = await(t, job.id(), () -> "PAUSED".equals(fixtures.as(t.rep1Id(), () -> enrichments.get(job.id())).status()));
        assertThat(paused.status()).isEqualTo("PAUSED");
        assertThat(paused.count("ENRICHED")).isEqualTo(3);
        assertThat(paused.message()).startsWith("registry.outcome.budget_exhausted|tianyancha");

        // the platform cannot resume an ended job: once the budget allows, the schedule hands the waiting customers to a new one
        sandbox.limits(t.adminId(), RegistryProvider.TIANYANCHA, null, 100);
        schedule.runAll(false, java.time.Duration.ZERO);
        EnrichmentJob handedOn = fixtures.as(t.rep1Id(), () -> enrichments.get(job.id()));
        assertThat(handedOn.continuedIn()).isNotNull();
        assertThat(handedOn.count("CONTINUED")).isEqualTo(2);
        EnrichmentJob rest = await(t, handedOn.continuedIn(),
                () -> "DONE".equals(fixtures.as(t.rep1Id(), () -> enrichments.get(handedOn.continuedIn())).status()));
        assertThat(rest.total()).isEqualTo(2);
        assertThat(rest.count("ENRICHED")).isEqualTo(2);
    }

    /** A customer of the tenant whose registry data is 400 days old, and its registry status forgotten. */
    long staleCustomer(TestTenant t, Company c) {
        long id = fixtures.as(t.rep1Id(), () -> registry.create(null, c.creditCode(), null).id());
        TenantContext.runAs(t.tenantId(), () -> jdbc.sql("update customer set registry_fetched_at = now() - interval '400 days', registration_status = null where id = ?")
                .param(id).update());
        return id;
    }

    @Test
    void theScheduleRefreshesCustomersWhoseRegistryDataIsOld() throws Exception {
        TestTenant t = fixtures.tenant();
        sandbox.only(t.adminId(), port, RegistryProvider.QIXIN);
        Company c = companies.get(3200);
        long id = staleCustomer(t, c);
        schedule.runAll(true);
        Long job = TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select job_id from registry_enrichment_item where customer_id = ?")
                .param(id).query(Long.class).single());
        EnrichmentJob done = await(t, job, () -> "DONE".equals(fixtures.as(t.rep1Id(), () -> enrichments.get(job)).status()));
        assertThat(done.count("ENRICHED")).isEqualTo(1);
        assertThat(done.kind()).isEqualTo("REFRESH");
        var after = fixtures.as(t.rep1Id(), () -> customers.get(id));
        assertThat(after.registrationStatus()).isEqualTo(c.status());
        assertThat(after.registryFetchedAt()).isAfter(java.time.OffsetDateTime.now().minusMinutes(5));
    }

    @Test
    void theScheduleIsTheClusteredRecurringTaskRegistryTickAndFiringItStartsTheDueRefresh() throws Exception {
        SimpleTrigger trigger = (SimpleTrigger) scheduler.getTrigger(TriggerKey.triggerKey("registry.tick", "qike"));
        assertThat(trigger.getRepeatInterval()).as("qike.registry.tick, five minutes by default").isEqualTo(java.time.Duration.ofMinutes(5).toMillis());
        assertThat(trigger.getRepeatCount()).isEqualTo(SimpleTrigger.REPEAT_INDEFINITELY);
        assertThat(trigger.getNextFireTime()).isInTheFuture();

        TestTenant t = fixtures.tenant();
        sandbox.only(t.adminId(), port, RegistryProvider.QIXIN);
        Company c = companies.get(3201);
        long id = staleCustomer(t, c);
        scheduler.triggerJob(JobKey.jobKey("registry.tick", "qike"));
        Supplier<List<Long>> jobOfCustomer = () -> TenantContext.callAs(t.tenantId(),
                () -> jdbc.sql("select job_id from registry_enrichment_item where customer_id = ?").param(id).query(Long.class).list());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !jobOfCustomer.get().isEmpty());
        assertThat(jobOfCustomer.get()).as("the tick started a refresh for the customer").hasSize(1);
        long job = jobOfCustomer.get().get(0);
        EnrichmentJob done = await(t, job, () -> "DONE".equals(fixtures.as(t.rep1Id(), () -> enrichments.get(job)).status()));
        assertThat(done.kind()).isEqualTo("REFRESH");
        assertThat(done.count("ENRICHED")).isEqualTo(1);
        assertThat(fixtures.as(t.rep1Id(), () -> customers.get(id)).registrationStatus()).isEqualTo(c.status());
    }
}
