package io.qike.crm.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The 查重 tool shows why customers look alike: same credit code, similar name with its score, same phone. */
@IntegrationTest
class DedupPageTest {
    static final String CODE = "91310115MA1H7X2K3" + CreditCodes.checkChar("91310115MA1H7X2K3");

    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired JdbcClient jdbc;

    @Test
    void eachCustomerFoundIsShownWithItsLookAlikesAndWhyWithTheNameScoreInPercent() throws Exception {
        TestTenant t = fixtures.tenant();
        QikeUser admin = fixtures.user(t.adminId());
        long made = fixtures.as(t.adminId(), () -> customers.create(CustomerDraft.builder().name("上海盛鑫机电设备制造有限公司")
                .phone("021-50801234").creditCode(CODE).build()).id());
        long sold = fixtures.as(t.adminId(), () -> customers.create(CustomerDraft.builder().name("上海盛鑫机电设备销售有限公司")
                .phone("021-50801234").build()).id());
        fixtures.as(t.adminId(), () -> customers.create(CustomerDraft.builder().name("广州恒远物流有限公司").phone("020-12345678").build()));
        int score = TenantContext.callAs(t.tenantId(), () -> (int) Math.round(jdbc.sql("select similarity(?, ?)")
                .params(CompanyNames.normalize("上海盛鑫机电设备制造有限公司"), CompanyNames.normalize("上海盛鑫机电设备销售有限公司"))
                .query(Double.class).single() * 100));

        Document page = render(admin, "/dedup?q=盛鑫机电");
        Elements groups = page.select(".dedup-group");
        assertThat(groups).hasSize(1); // the same two customers found from either side are one finding
        Element group = groups.first();
        assertThat(group.selectFirst(".dedup-found").text()).contains("上海盛鑫机电设备销售有限公司");
        Element alike = group.selectFirst(".dedup-alike");
        assertThat(alike.text()).contains("上海盛鑫机电设备制造有限公司");
        assertThat(alike.selectFirst(".reason-name").text()).isEqualTo("名称相似 " + score + "%");
        assertThat(alike.selectFirst(".reason-phone").text()).isEqualTo("电话相同");
        assertThat(alike.selectFirst(".reason-code")).isNull();
        assertThat(group.selectFirst("a.dedup-merge").attr("href")).isEqualTo("/customers/merge?ids=" + sold + "&ids=" + made);
        assertThat(page.text()).doesNotContain("广州恒远物流有限公司");

        Element byCode = render(admin, "/dedup?q=" + CODE.toLowerCase()).selectFirst(".dedup-found");
        assertThat(byCode.text()).contains("上海盛鑫机电设备制造有限公司");
        assertThat(byCode.selectFirst(".reason-code").text()).isEqualTo("统一社会信用代码相同");

        Element english = render(admin, "/dedup?q=盛鑫机电&lang=en").selectFirst(".dedup-alike");
        assertThat(english.selectFirst(".reason-name").text()).isEqualTo("Similar name " + score + "%");
    }

    @Test
    void aRepWithoutTheMergeRightSeesTheReasonsButNoMerge() throws Exception {
        TestTenant t = fixtures.tenant();
        fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("杭州恒通物流有限公司")));
        fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("杭州恒通物流（集团）股份有限公司")));
        Document page = render(fixtures.user(t.rep1Id()), "/dedup?q=恒通物流");
        assertThat(page.select(".dedup-alike .reason-name")).hasSize(1);
        assertThat(page.select("a.dedup-merge")).isEmpty();
    }

    private Document render(QikeUser who, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(who))).andReturn().getResponse().getContentAsString());
    }
}
