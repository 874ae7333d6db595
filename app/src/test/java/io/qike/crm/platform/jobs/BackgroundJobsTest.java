package io.qike.crm.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qike.crm.platform.database.SystemDatabase;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class BackgroundJobsTest {
    @Autowired BackgroundJobs jobs;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired SystemDatabase system;
    @Autowired TransactionTemplate tx;

    @Test
    void aJobRunsAsItsSubmitterInItsTenantAndFinishesWithItsResult() {
        TestTenant t = fixtures.tenant();
        long id = fixtures.as(t.rep1Id(), () -> jobs.submit("test.count", Map.of("items", 5), 5));
        BackgroundJob done = awaitFinished(t.rep1Id(), id);
        assertThat(done.status()).isEqualTo(JobStatus.DONE);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.result()).containsEntry("items", 5);
        assertThat(system.jdbc().sql("select distinct run_as from job_test_effect where job_id = ?").param(id).query(Long.class).list())
                .containsExactly(t.rep1Id());
        assertThat(system.jdbc().sql("select distinct tenant from job_test_effect where job_id = ?").param(id).query(Long.class).list())
                .containsExactly(t.tenantId());
    }

    @Test
    void aRestartInTheMiddleResumesFromTheCheckpointWithoutDoingAnyItemTwice() {
        TestTenant t = fixtures.tenant();
        long id = fixtures.as(t.adminId(), () -> jobs.submit("test.count", Map.of("items", 40, "sleepMs", 25), 40));
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.as(t.adminId(), () -> jobs.get(id).done()) >= 10);
        jobs.restartRunning();
        BackgroundJob done = awaitFinished(t.adminId(), id);
        assertThat(done.status()).as(done.errorMessage()).isEqualTo(JobStatus.DONE);
        assertThat(system.jdbc().sql("select count(*) from job_test_effect where job_id = ?").param(id).query(Long.class).single()).isEqualTo(40);
    }

    @Test
    void aCancelledJobStopsAndStaysCancelled() {
        TestTenant t = fixtures.tenant();
        long id = fixtures.as(t.adminId(), () -> jobs.submit("test.count", Map.of("items", 1000, "sleepMs", 10), 1000));
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.as(t.adminId(), () -> jobs.get(id).done()) >= 3);
        fixtures.as(t.adminId(), () -> jobs.cancel(id));
        BackgroundJob job = awaitFinished(t.adminId(), id);
        assertThat(job.status()).isEqualTo(JobStatus.CANCELLED);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(system.jdbc().sql("select count(*) from job_test_effect where job_id = ?").param(id).query(Long.class).single()).isLessThan(1000);
    }

    @Test
    void aFailingJobEndsFailedWithItsMessage() {
        TestTenant t = fixtures.tenant();
        long id = fixtures.as(t.adminId(), () -> jobs.submit("test.count", Map.of("items", 10, "failAt", 4), 10));
        BackgroundJob job = awaitFinished(t.adminId(), id);
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.errorMessage()).contains("item 4 is broken");
        assertThat(job.done()).isEqualTo(3);
    }

    @Test
    void aJobSubmittedInARolledBackTransactionNeverRuns() throws Exception {
        TestTenant t = fixtures.tenant();
        long[] id = new long[1];
        fixtures.as(t.adminId(), () -> tx.execute(s -> {
            id[0] = jobs.submit("test.count", Map.of("items", 3), 3);
            s.setRollbackOnly();
            return null;
        }));
        // A job runs only after its runner claims its row; a rolled-back submission leaves no row to claim.
        assertThat(fixtures.as(t.adminId(), () -> jobs.find(id[0]))).isEmpty();
        assertThat(system.jdbc().sql("select count(*) from job_test_effect where job_id = ?").param(id[0]).query(Long.class).single()).isZero();
    }

    @Test
    void anotherTenantDoesNotSeeTheJob() {
        TestTenant t = fixtures.tenant();
        TestTenant other = fixtures.tenant();
        long id = fixtures.as(t.adminId(), () -> jobs.submit("test.count", Map.of("items", 1), 1));
        assertThat(fixtures.as(other.adminId(), () -> jobs.find(id))).isEmpty();
    }

    private BackgroundJob awaitFinished(long userId, long id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.as(userId, () -> jobs.get(id)).finished());
        return fixtures.as(userId, () -> jobs.get(id));
    }
}
