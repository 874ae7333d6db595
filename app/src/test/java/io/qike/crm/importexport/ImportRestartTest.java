package io.qike.crm.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import whose node stopped is taken over by another (here: this one, once the job's heartbeat
 * is stale): before its commit it starts over from the uploaded file, after it it only finishes.
 */
@IntegrationTest
class ImportRestartTest {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ImportUploads uploads;
    @Autowired ImportService imports;
    @Autowired JdbcClient jdbc;

    @Test
    void anImportInterruptedBeforeItsCommitStartsOverFromItsFile() {
        TestTenant t = fixtures.tenant();
        byte[] file = Xlsx.of(List.of("客户名称*"), List.of(Xlsx.row("重启甲有限公司"), Xlsx.row("重启乙有限公司")));
        String upload = uploads.store(new ByteArrayInputStream(file));
        long id = stoppedJob(t, upload, null);

        ImportJob job = awaitFinished(t, id);
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.imported()).isEqualTo(2);
        assertThat(customers(t)).isEqualTo(2);
        assertThat(uploads.find(upload)).as("the upload is deleted once its job ended").isEmpty();
    }

    @Test
    void anImportInterruptedAfterItsCommitFinishesWithoutImportingAgain() {
        TestTenant t = fixtures.tenant();
        byte[] file = Xlsx.of(List.of("客户名称*"), List.of(Xlsx.row("已导入有限公司")));
        long id = stoppedJob(t, uploads.store(new ByteArrayInputStream(file)), "committed:1");

        ImportJob job = awaitFinished(t, id);
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.imported()).isEqualTo(1);
        assertThat(customers(t)).isZero();
    }

    @Test
    void aPartialImportInterruptedAfterAChunkResumesAfterItNeitherLosingNorRepeatingRows() {
        TestTenant t = fixtures.tenant();
        byte[] file = Xlsx.of(List.of("客户名称*", "客户等级"), List.of(Xlsx.row("第一块甲有限公司", null), Xlsx.row("第一块乙有限公司", "VIP"),
                Xlsx.row("第二块甲有限公司", null), Xlsx.row("第二块乙有限公司", "VIP")));
        String upload = uploads.store(new ByteArrayInputStream(file));
        // Rows 2 and 3 went in (one imported, one skipped) before the node stopped.
        long id = stoppedJob(t, upload, "partial:3:1:1:1", "PARTIAL", 2);

        ImportJob job = awaitFinished(t, id);
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.imported()).isEqualTo(2);
        assertThat(job.skipped()).isEqualTo(2);
        assertThat(customers(t)).as("only the rows after the checkpoint were imported by this run").isEqualTo(1);
        assertThat(uploads.find(upload)).as("kept for the error report").isPresent();
    }

    private long stoppedJob(TestTenant t, String upload, String checkpoint) {
        return stoppedJob(t, upload, checkpoint, "ALL_OR_NOTHING", 0);
    }

    private long stoppedJob(TestTenant t, String upload, String checkpoint, String mode, int done) {
        return fixtures.as(t.adminId(), () -> jdbc.sql("""
                insert into background_job(kind, status, done, params, checkpoint, created_by, created_at, node, heartbeat_at)
                values ('import', 'RUNNING', ?, jsonb_build_object('object', 'CUSTOMER', 'fileName', 'a.xlsx', 'upload', ?::text,
                        'locale', 'zh-CN', 'mode', ?::text),
                        ?, ?, now() - interval '1 minute', 'a stopped node', now() - interval '1 minute')
                returning id""").params(done, upload, mode, checkpoint, t.adminId()).query(Long.class).single());
    }

    private ImportJob awaitFinished(TestTenant t, long id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.as(t.adminId(), () -> imports.get(id)).status().finished());
        return fixtures.as(t.adminId(), () -> imports.get(id));
    }

    private long customers(TestTenant t) {
        return TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select count(*) from customer").query(Long.class).single());
    }
}
