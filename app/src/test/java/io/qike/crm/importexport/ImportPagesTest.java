package io.qike.crm.importexport;

import java.time.Duration;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.qike.crm.platform.QikeUser;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The import pages as a browser sees them: the list, the upload form, the polled progress card and the report. */
@IntegrationTest
class ImportPagesTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired WebApplicationContext context;
    @Autowired JdbcClient jdbc;
    TestTenant tenant;
    MockMvc mvc;
    QikeUser admin;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = fixtures.user(tenant.adminId());
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void anEmptyListInvitesTheFirstImportAndTheFormLinksTheTemplate() throws Exception {
        String list = page(get("/imports"));
        assertThat(list).contains("id=\"no-imports\"").contains("还没有导入任务").contains("/imports/new?object=CONTACT");

        String form = page(get("/imports/new").param("object", "CONTACT").param("lang", "en"));
        assertThat(form).contains("Import Contacts").contains("href=\"/imports/template/CONTACT\"").contains("enctype=\"multipart/form-data\"");

        MvcResult template = mvc.perform(get("/imports/template/CUSTOMER").with(user(admin))).andReturn();
        assertThat(template.getResponse().getHeader("Content-Disposition")).contains("attachment");
        List<List<String>> help = Xlsx.read(template.getResponse().getContentAsByteArray(), 1);
        assertThat(help.get(0)).containsExactly("列", "必填", "说明");
    }

    @Test
    void aWrongFileTypeIsShownOnTheForm() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "客户.xlsx", "application/octet-stream", "%PDF-1.4".getBytes());
        String html = mvc.perform(multipart("/imports").file(file).param("object", "CUSTOMER").with(user(admin)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"upload-error\"").contains("请上传 .xlsx 格式的 Excel 文件");
    }

    @Test
    void anUploadRedirectsToItsJobWhoseCardPollsUntilItShowsTheReport() throws Exception {
        byte[] xlsx = Xlsx.of(List.of("客户名称", "统一社会信用代码"), List.of(Xlsx.row("页面导入有限公司", "bad-code")));
        MvcResult posted = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "客户.xlsx", null, xlsx))
                .param("object", "CUSTOMER").with(user(admin)).with(csrf())).andReturn();
        String location = posted.getResponse().getRedirectedUrl();
        assertThat(location).matches("/imports/\\d+");

        String card = poll(location);
        assertThat(card).doesNotContain("hx-trigger").contains("未导入").contains("id=\"import-errors\"")
                .contains("统一社会信用代码无效").contains("bad-code").contains(location + "/errors");
        assertThat(page(get(location))).contains("<title>导入任务 #").contains("id=\"job\"");
        assertThat(page(get("/imports"))).contains("客户.xlsx").contains("未导入");

        MvcResult report = mvc.perform(get(location + "/errors").with(user(admin))).andReturn();
        assertThat(Xlsx.read(report.getResponse().getContentAsByteArray(), 0).get(1))
                .containsExactly("页面导入有限公司", "bad-code", "统一社会信用代码：统一社会信用代码无效（应为 18 位且校验位正确）");
    }

    @Test
    void aRunningJobsCardPollsItselfAndAJobLeftByAnEarlierRunIsMarkedInterrupted() throws Exception {
        long running = fixtures.as(tenant.adminId(), () -> jdbc.sql("""
                insert into background_job(kind, status, total, done, params, created_by, node, heartbeat_at)
                values ('import', 'RUNNING', 200, 50, '{"object": "CUSTOMER", "fileName": "a.xlsx"}', ?, 'another node', now())
                returning id""").param(tenant.adminId()).query(Long.class).single());
        String card = page(get("/imports/" + running).header("HX-Request", "true"));
        assertThat(card).contains("hx-get=\"/imports/" + running + "\"").contains("hx-trigger=\"every 1s\"")
                .contains("正在检查：50 / 200 行").contains("width: 12%");

        // A job whose node stopped a day ago: the platform takes it over and finds its upload gone.
        long orphan = fixtures.as(tenant.adminId(), () -> jdbc.sql("""
                insert into background_job(kind, status, params, created_by, created_at, node, heartbeat_at)
                values ('import', 'RUNNING', '{"object": "CUSTOMER", "fileName": "b.xlsx", "upload": "00000000-0000-0000-0000-000000000000.xlsx"}',
                        ?, now() - interval '1 day', 'a stopped node', now() - interval '1 day')
                returning id""").param(tenant.adminId()).query(Long.class).single());
        await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.as(tenant.adminId(), () -> jdbc.sql(
                "select finished_at is not null from background_job where id = ?").param(orphan).query(Boolean.class).single()));
        assertThat(page(get("/imports/" + orphan).header("HX-Request", "true"))).doesNotContain("hx-trigger")
                .contains("导入因系统重启而中断");
    }

    @Test
    void aJobThatHasNotCountedItsRowsSaysItIsReadingTheFileNotZeroOfZero() throws Exception {
        long reading = fixtures.as(tenant.adminId(), () -> jdbc.sql("""
                insert into background_job(kind, status, total, done, params, created_by, node, heartbeat_at)
                values ('import', 'RUNNING', 0, 0, '{"object": "CUSTOMER", "fileName": "a.xlsx"}', ?, 'another node', now())
                returning id""").param(tenant.adminId()).query(Long.class).single());
        String card = page(get("/imports/" + reading).header("HX-Request", "true"));
        assertThat(card).contains("正在读取文件…").contains("id=\"job-indeterminate\"").doesNotContain("0 / 0")
                .doesNotContain("id=\"job-percent\"");
    }

    @Test
    void theFormOffersBothModesAndAPartialImportSaysWhatItImportedAndSkipped() throws Exception {
        String form = page(get("/imports/new").param("object", "CUSTOMER"));
        assertThat(form).contains("value=\"ALL_OR_NOTHING\"").contains("value=\"PARTIAL\"").contains("导入正确的行，跳过有错的行");

        byte[] xlsx = Xlsx.of(List.of("客户名称", "统一社会信用代码"), List.of(Xlsx.row("页面部分导入有限公司", null),
                Xlsx.row("页面坏代码有限公司", "bad-code")));
        MvcResult posted = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "客户.xlsx", null, xlsx))
                .param("object", "CUSTOMER").param("mode", "PARTIAL").with(user(admin)).with(csrf())).andReturn();
        String card = poll(posted.getResponse().getRedirectedUrl());
        assertThat(card).contains("导入 1 行，跳过 1 行").contains("只保留了跳过的行").contains("id=\"download-errors\"");
    }

    @Test
    void aRepWithoutImportPermissionIsRefusedThePages() throws Exception {
        QikeUser rep = fixtures.user(tenant.rep1Id());
        assertThat(mvc.perform(get("/imports").with(user(rep))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/imports/new").with(user(rep))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/imports/template/CUSTOMER").with(user(rep))).andReturn().getResponse().getStatus()).isEqualTo(403);
        MvcResult export = mvc.perform(get("/exports/customers").with(user(rep))).andReturn();
        assertThat(export.getResponse().getStatus()).isEqualTo(200);
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request.with(user(admin))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    /** What htmx does: fetch the card with HX-Request every so often until it no longer asks to be polled. */
    private String poll(String location) {
        return await("the job to finish").atMost(Duration.ofSeconds(30)).until(() -> {
            String card = page(get(location).header("HX-Request", "true"));
            assertThat(card).doesNotContain("<html");
            return card;
        }, card -> !card.contains("hx-trigger=\"every 1s\""));
    }
}
