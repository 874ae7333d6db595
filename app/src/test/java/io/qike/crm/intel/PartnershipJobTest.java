package io.qike.crm.intel;

import java.time.Duration;
import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.intel.partnership.PartnershipMining;
import io.qike.crm.intel.partnership.PartnershipRun;
import io.qike.crm.platform.jobs.BackgroundJobs;
import io.qike.crm.platform.jobs.JobStatus;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.sandbox.control.Fault;
import io.qike.sandbox.control.FaultRegistry;
import io.qike.sandbox.control.Provider;
import io.qike.sandbox.data.CompanyDataSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Partnership runs as background jobs: the job API, progress, cancellation and resuming after a restart. */
@IntegrationTest
class PartnershipJobTest {
    @LocalServerPort int port;
    @Autowired IntelFixture intel;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired PartnershipMining mining;
    @Autowired BackgroundJobs jobs;
    @Autowired FaultRegistry faults;
    @Autowired CompanyDataSet data;
    @Autowired JdbcClient jdbc;
    IntelFixture.Ready r;

    @BeforeEach
    void setUp() {
        r = intel.tenant(port);
    }

    @AfterEach
    void clearFaults() {
        intel.clearFaults(r);
    }

    PartnershipRun await(long runId, Predicate<PartnershipRun> until) {
        return Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> fixtures.as(r.tenant().rep1Id(), () -> mining.get(runId)), until);
    }

    @Test
    void theJobApiStartsARunThatFindsExactlyTheSandboxRelations() throws Exception {
        List<String> names = SandboxRelations.connected(data, 100, 300);
        Api api = new Api(port).login(r.tenant().login("rep1"), TestFixtures.PASSWORD);
        Api.Response started = api.post("/api/v1/intel/partnership-jobs", Api.json(Map.of("companies", names, "origin", "名单 A")));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long id = started.json().get("id").asLong();
        assertThat(started.json().get("plannedCalls").asInt()).isGreaterThanOrEqualTo(started.json().get("lowerBound").asInt());

        PartnershipRun done = await(id, PartnershipRun::finished);
        assertThat(done.status()).isEqualTo(PartnershipRun.RunStatus.DONE);
        JsonNode view = api.get("/api/v1/intel/partnership-jobs/" + id).json();
        assertThat(view.get("status").asString()).isEqualTo("DONE");
        assertThat(view.get("percent").asInt()).isEqualTo(100);
        assertThat(view.get("relations").size()).isEqualTo(SandboxRelations.keysAmong(data, names).size());
        assertThat(SandboxRelations.keys(fixtures.as(r.tenant().rep1Id(), () -> mining.relations(id))))
                .isEqualTo(SandboxRelations.keysAmong(data, names));
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> fixtures.as(r.tenant().rep1Id(), () -> jobs.get(done.jobId()).finished()));
        assertThat(fixtures.as(r.tenant().rep1Id(), () -> jobs.get(done.jobId()).status())).isEqualTo(JobStatus.DONE);
        assertThat(intel.outcomes(r, IntelFixture.PARTNERSHIPS, "209")).isZero();
        assertThat(api.get("/api/v1/intel/partnership-jobs/" + id + "0").status()).isEqualTo(404);
    }

    @Test
    void aRunResumesAfterARestartWithoutRecordingAnythingTwice() throws Exception {
        List<String> names = SandboxRelations.connected(data, 100, 0);
        faults.add(Fault.latency(Provider.QICHACHA, r.key(), IntelFixture.PARTNERSHIPS, 150));
        PartnershipRun run = fixtures.as(r.tenant().rep1Id(), () -> mining.start(names, "test", null));
        await(run.id(), x -> x.callsDone() >= 4);
        jobs.restartRunning();
        intel.clearFaults(r);

        PartnershipRun done = await(run.id(), PartnershipRun::finished);
        assertThat(done.status()).isEqualTo(PartnershipRun.RunStatus.DONE);
        assertThat(done.callsDone()).isEqualTo(done.plannedCalls());
        assertThat(SandboxRelations.keys(fixtures.as(r.tenant().rep1Id(), () -> mining.relations(run.id()))))
                .isEqualTo(SandboxRelations.keysAmong(data, names));
        // At most the call in flight when the node gave the job up is asked again.
        assertThat(intel.calls(r, IntelFixture.PARTNERSHIPS)).isBetween((long) done.plannedCalls(), done.plannedCalls() + 1L);
        int recordedCalls = fixtures.as(r.tenant().rep1Id(), () -> jdbc.sql("select count(*) from intel_partnership_call where run_id = ?")
                .param(run.id()).query(Integer.class).single());
        assertThat(recordedCalls).isEqualTo(done.plannedCalls());
    }

    @Test
    void aCancelledRunStopsAndKeepsWhatItFound() throws Exception {
        List<String> names = SandboxRelations.connected(data, 100, 0);
        faults.add(Fault.latency(Provider.QICHACHA, r.key(), IntelFixture.PARTNERSHIPS, 100));
        PartnershipRun run = fixtures.as(r.tenant().rep1Id(), () -> mining.start(names, "test", null));
        await(run.id(), x -> x.callsDone() >= 2);
        fixtures.asRun(r.tenant().rep1Id(), () -> mining.cancel(run.id()));
        PartnershipRun stopped = await(run.id(), PartnershipRun::finished);
        assertThat(stopped.status()).isEqualTo(PartnershipRun.RunStatus.CANCELLED);
        assertThat(stopped.callsDone()).isLessThan(stopped.plannedCalls());
    }
}
