package io.qike.crm.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 销售线索 and 线索池 on the phone: the entries on the H5 home, a pool's waiting leads, claiming one. */
@IntegrationTest
class LeadH5PagesTest {
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired LeadService leads;
    @Autowired LeadPools pools;

    @Test
    void aMemberFindsThePoolOnTheH5HomeAndClaimsALeadFromThePhone() throws Exception {
        TestTenant t = fixtures.tenant();
        long pool = fixtures.as(t.adminId(), () -> pools.create(new LeadPoolDraft("移动端线索池", 2, List.of(t.salesDeptId()), List.of(),
                List.of())));
        long lead = fixtures.as(t.adminId(), () -> leads.create(new LeadDraft("手机领取有限公司", "方经理", "13500135000", null, null, "南京",
                null, null, pool, Map.of())));

        assertThat(page(t.rep1Id(), get("/h5")).select(".h5-feature").eachAttr("data-key")).contains("leads", "lead-pools");
        assertThat(page(t.rep1Id(), get("/h5/lead-pools")).select(".h5-lead-pool .fw-bold").eachText()).containsExactly("移动端线索池");
        assertThat(page(t.rep1Id(), get("/h5/lead-pools/" + pool)).select(".h5-lead .fw-bold").eachText()).containsExactly("手机领取有限公司");
        Document detail = page(t.rep1Id(), get("/h5/leads/" + lead));
        assertThat(detail.selectFirst("#h5-claim-lead")).isNotNull();

        MvcResult claimed = mvc.perform(post("/h5/leads/" + lead + "/claim").with(user(fixtures.user(t.rep1Id()))).with(csrf())).andReturn();
        assertThat(claimed.getResponse().getRedirectedUrl()).isEqualTo("/h5/leads/" + lead);
        Document after = page(t.rep1Id(), get("/h5/leads/" + lead));
        assertThat(after.selectFirst("#h5-lead-owner").text()).isEqualTo("李销售");
        assertThat(after.selectFirst("#h5-claim-lead")).isNull();
        assertThat(page(t.rep1Id(), get("/h5/leads")).select(".h5-lead .fw-bold").eachText()).containsExactly("手机领取有限公司");
        // rep2 is in another department: no member, the pool answers 404.
        assertThat(mvc.perform(get("/h5/lead-pools/" + pool).with(user(fixtures.user(t.rep2Id())))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    private Document page(long userId, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request.with(user(fixtures.user(userId))).header("Accept-Language", "zh-CN")).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString());
    }
}
