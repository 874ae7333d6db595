package io.qike.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.platform.QikeUser;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The customer form: a similar name is not saved until the user presses 仍然创建. */
@IntegrationTest
class SimilarNameFormTest {
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;

    @Test
    void aSimilarNameShowsTheCandidatesWithTheirOwnerAndSavesOnlyWhenConfirmed() throws Exception {
        TestTenant t = fixtures.tenant();
        QikeUser admin = fixtures.user(t.adminId());
        long existing = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("苏州瑞丰精密机械有限公司")).id());
        String owner = fixtures.as(t.adminId(), () -> customers.get(existing).ownerName());

        MockHttpServletResponse first = mvc.perform(post("/customers").with(user(admin)).with(csrf())
                .param("name", "苏州瑞丰精密机械（集团）股份有限公司").param("phone", "0512-68251234")).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(first.getContentAsString());
        Element warning = page.selectFirst("#similar-confirm");
        assertThat(warning).isNotNull();
        assertThat(warning.selectFirst("a[href=/customers/" + existing + "]").text()).isEqualTo("苏州瑞丰精密机械有限公司");
        assertThat(warning.text()).contains(owner);
        Element confirm = page.selectFirst("#confirm-similar");
        assertThat(confirm.text()).isEqualTo("仍然创建");
        assertThat(confirm.attr("form")).isEqualTo("customer-form");
        assertThat(confirm.attr("name")).isEqualTo("confirmSimilar");
        assertThat(page.selectFirst("#f-phone").val()).isEqualTo("0512-68251234");
        assertThat(total(t)).isEqualTo(1);

        MockHttpServletResponse confirmed = mvc.perform(post("/customers").with(user(admin)).with(csrf())
                .param("name", "苏州瑞丰精密机械（集团）股份有限公司").param("confirmSimilar", "true")).andReturn().getResponse();
        assertThat(confirmed.getStatus()).isEqualTo(302);
        assertThat(confirmed.getRedirectedUrl()).matches("/customers/\\d+").isNotEqualTo("/customers/" + existing);
        assertThat(total(t)).isEqualTo(2);
    }

    private long total(TestTenant t) {
        return fixtures.as(t.adminId(), () -> customers.search(new CustomerQuery(null, Map.of(), null, true, 0, 20)).total());
    }
}
