package io.qike.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.integration.ActionFlow;
import io.qike.crm.integration.ActionFlowDraft;
import io.qike.crm.integration.ActionFlowService;
import io.qike.crm.integration.FlowDefinition;
import io.qike.crm.integration.FlowNode;
import io.qike.crm.integration.FlowStatus;
import io.qike.crm.integration.InterfaceParam;
import io.qike.crm.integration.OutputField;
import io.qike.crm.integration.ParamType;
import io.qike.crm.integration.ResultFieldType;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** 企业日志 as an admin reads it: each change a short table of labelled fields, long values folded, pages of 50. */
@IntegrationTest
class AuditPageTest {
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ActionFlowService flows;
    @Autowired CustomerService customers;
    TestTenant t;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
    }

    @Test
    void aFlowEditIsAShortTableWithLabelsInTheReadersLanguageAndNoRawJson() throws Exception {
        FlowDefinition v1 = new FlowDefinition(List.of(new InterfaceParam("keyword", null, ParamType.STRING, true)), List.of(
                new FlowNode.Output("o", List.of(new OutputField("count", null, ResultFieldType.NUMBER, "0")), FlowStatus.SUCCESS)));
        FlowDefinition v2 = new FlowDefinition(v1.inputs(), List.of(new FlowNode.Output("o", List.of(
                new OutputField("count", null, ResultFieldType.NUMBER, "1"), new OutputField("name", null, ResultFieldType.STRING, "${keyword}")),
                FlowStatus.SUCCESS)));
        fixtures.asRun(t.adminId(), () -> {
            ActionFlow flow = flows.create(new ActionFlowDraft("audited", "审计的动作流", null, true, v1));
            flows.update(flow.id(), new ActionFlowDraft("audited", "审计的动作流", null, true, v2));
        });

        Element zh = firstEntry(page("/admin/audit?type=ACTION_FLOW", "zh-CN"));
        assertThat(zh.select(".audit-field").eachText()).containsExactlyInAnyOrder("版本", "节点");
        assertThat(zh.select(".audit-change")).hasSizeLessThanOrEqualTo(3);
        Element version = zh.select(".audit-change").stream().filter(r -> r.selectFirst(".audit-field").text().equals("版本")).findFirst().orElseThrow();
        assertThat(version.selectFirst(".audit-before").text()).isEqualTo("1");
        assertThat(version.selectFirst(".audit-after").text()).isEqualTo("2");
        assertThat(visibleText(zh)).doesNotContain("{").doesNotContain("}").doesNotContain("definition").doesNotContain("nodes");
        assertThat(zh.select("details.audit-folded")).isNotEmpty().allMatch(d -> !d.hasAttr("open"));

        Element en = firstEntry(page("/admin/audit?type=ACTION_FLOW", "en"));
        assertThat(en.select(".audit-field").eachText()).containsExactlyInAnyOrder("Version", "Nodes");
        assertThat(visibleText(en)).doesNotContain("{").doesNotContain("}");
    }

    @Test
    void aLongValueIsFoldedUnderASummary() throws Exception {
        String scope = "技术开发、技术咨询、技术服务；".repeat(20);
        fixtures.asRun(t.adminId(), () -> {
            long id = customers.create(CustomerDraft.named("长经营范围有限公司")).id();
            customers.update(id, customers.draftOf(customers.get(id)).toBuilder().businessScope(scope).build());
        });
        Element entry = firstEntry(page("/admin/audit?type=CUSTOMER&action=UPDATE", "zh-CN"));
        assertThat(entry.select(".audit-field").eachText()).containsExactly("经营范围");
        Element folded = entry.selectFirst(".audit-after details.audit-folded");
        assertThat(folded).isNotNull();
        assertThat(folded.hasAttr("open")).isFalse();
        assertThat(folded.selectFirst("summary").text()).hasSizeLessThan(100).contains("展开");
        assertThat(folded.selectFirst("pre").text()).isEqualTo(scope);
    }

    @Test
    void sixtyEntriesMakeTwoPagesOfFiftyAndTheRest() throws Exception {
        fixtures.asRun(t.adminId(), () -> {
            for (int i = 0; i < 60; i++) customers.create(CustomerDraft.named("分页客户" + i + "有限公司"));
        });
        Document first = page("/admin/audit?type=CUSTOMER", "zh-CN");
        assertThat(first.select("tr.audit-entry")).hasSize(50);
        assertThat(first.select("#audit-next").attr("href")).contains("page=1");
        Document second = page(first.select("#audit-next").attr("href"), "zh-CN");
        assertThat(second.select("tr.audit-entry")).hasSize(10);
        assertThat(second.select("#audit-next")).isEmpty();
        assertThat(second.select("#audit-prev")).isNotEmpty();
        assertThat(second.select("#audit-user option")).hasSizeGreaterThan(1);
    }

    private Document page(String url, String lang) throws Exception {
        MvcResult r = mvc.perform(get(url).with(user(fixtures.user(t.adminId()))).header("Accept-Language", lang)).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString());
    }

    private static Element firstEntry(Document page) {
        Element e = page.selectFirst("tr.audit-entry");
        assertThat(e).as(page.select("#audit-table").outerHtml()).isNotNull();
        return e;
    }

    /** The text a reader sees without unfolding anything. */
    private static String visibleText(Element entry) {
        Element copy = entry.clone();
        copy.select("details pre").remove();
        return copy.text();
    }
}
