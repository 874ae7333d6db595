package io.qike.crm.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.customer.CustomerQuery;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.integration.CallLedger;
import io.qike.crm.integration.LedgerRow;
import io.qike.crm.platform.DataScope;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.registry.settings.RegistrySettingsService;
import io.qike.crm.registry.settings.SettingsDraft;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.control.Fault;
import io.qike.sandbox.control.FaultRegistry;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 新建客户时自动填充工商信息 for a customer typed by hand: with the switch on, an exact registry match is offered
 * before anything is saved; taking it fills the form as 工商新建 does; with the switch off nothing is asked.
 */
@IntegrationTest
class NewCustomerOfferTest {
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired RegistrySandbox sandbox;
    @Autowired CustomerService customers;
    @Autowired CompanyDataSet companies;
    @Autowired RegistrySettingsService settings;
    @Autowired CallLedger ledger;
    @Autowired FaultRegistry faults;
    @Autowired io.qike.crm.platform.org.RoleService roles;
    @Autowired io.qike.crm.platform.org.TenantProvisioning provisioning;

    @Test
    void aHandTypedNameMatchingTheRegistryIsOfferedItsCardAndNothingIsSavedUntilTheUserChooses() throws Exception {
        TestTenant t = fixtures.tenant();
        RegistrySandbox.Keys keys = sandbox.only(t.adminId(), port, RegistryProvider.QICHACHA);
        Company c = renamed(0);
        QikeUser rep = fixtures.user(t.rep1Id());

        Document offered = html(typed(rep, c.name(), null));
        assertThat(offered.select("#customer-offer")).hasSize(1);
        assertThat(offered.select("#customer-offer").text()).contains("企查查", c.creditCode(), c.legalPerson(), "曾用名",
                c.formerNames().get(0).name());
        assertThat(offered.select("#customer-offer-fill").text()).isEqualTo("使用工商信息填充");
        assertThat(offered.select("#customer-offer-skip").text()).isEqualTo("不使用，直接保存");
        assertThat(named(t, c.name())).as("nothing saved while the offer is shown").isZero();
        assertThat(sandbox.calls(keys)).as("one paid call for the save attempt").isEqualTo(1);

        Document filled = html(typed(rep, c.name(), null).param("offer", "fill"));
        assertThat(filled.select("#prefill-note").text()).contains("企查查");
        assertThat(filled.select("#f-creditCode").val()).isEqualTo(c.creditCode());
        assertThat(filled.select("#f-legalRepresentative").val()).isEqualTo(c.legalPerson());
        assertThat(filled.select("#f-level option[selected]").val()).as("what the rep typed stays").isEqualTo("A");
        assertThat(filled.select("label[for=f-legalRepresentative] .prefilled-mark").text()).isEqualTo("工商");
        assertThat(filled.select("#customer-form").attr("action")).isEqualTo("/customers/new/registry");
        assertThat(named(t, c.name())).isZero();
        assertThat(sandbox.calls(keys)).as("filling uses the cached answer").isEqualTo(1);

        MockHttpServletRequestBuilder save = post("/customers/new/registry").with(csrf());
        for (Element input : filled.select("#customer-form input[name], #customer-form select[name], #customer-form textarea[name]")) {
            if (input.attr("name").equals("_csrf")) continue;
            String value = input.is("select") ? input.select("option[selected]").val() : input.val();
            if (!value.isEmpty()) save.param(input.attr("name"), value);
        }
        MvcResult saved = mvc.perform(save.with(user(rep))).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/customers/");
        long id = Long.parseLong(saved.getResponse().getRedirectedUrl().substring("/customers/".length()));
        var customer = fixtures.as(t.rep1Id(), () -> customers.get(id));
        assertThat(customer.registryProvider()).isEqualTo("qichacha");
        assertThat(customer.creditCode()).isEqualTo(c.creditCode());
        assertThat(customer.level()).isEqualTo("A");
        assertThat(sandbox.calls(keys)).isEqualTo(1);
    }

    @Test
    void aTypedCreditCodeFindsTheCompanyAndDecliningSavesTheCustomerAsTyped() throws Exception {
        TestTenant t = fixtures.tenant();
        sandbox.only(t.adminId(), port, RegistryProvider.QIXIN);
        Company c = companies.get(3141);
        QikeUser rep = fixtures.user(t.rep1Id());
        Document offered = html(typed(rep, "手填的名字有限公司", c.creditCode()));
        assertThat(offered.select("#customer-offer").text()).contains(c.name(), "启信宝");

        MvcResult saved = mvc.perform(typed(rep, "手填的名字有限公司", c.creditCode()).param("offer", "skip").with(user(rep))).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/customers/");
        assertThat(named(t, "手填的名字有限公司")).isEqualTo(1);
    }

    @Test
    void withTheSwitchOffTheCustomerIsSavedDirectlyWithoutAnyProviderCall() throws Exception {
        TestTenant t = fixtures.tenant();
        RegistrySandbox.Keys keys = sandbox.only(t.adminId(), port, RegistryProvider.TIANYANCHA);
        fixtures.as(t.adminId(), () -> settings.update(new SettingsDraft(false, "tianyancha", "", null, null, null, null)));
        Company c = companies.get(2718);
        QikeUser rep = fixtures.user(t.rep1Id());
        MvcResult saved = mvc.perform(typed(rep, c.name(), null).with(user(rep))).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/customers/");
        assertThat(named(t, c.name())).isEqualTo(1);
        assertThat(sandbox.calls(keys)).isZero();
        long ledgerCalls = fixtures.as(t.adminId(), () -> ledger.rows(null, null, null)).stream().mapToLong(LedgerRow::calls).sum();
        assertThat(ledgerCalls).as("the call ledger shows no call").isZero();
    }

    @Test
    void aUserWithoutRegistryLookupIsOfferedNothingAndCostsNothing() throws Exception {
        TestTenant t = fixtures.tenant();
        RegistrySandbox.Keys keys = sandbox.only(t.adminId(), port, RegistryProvider.QICHACHA);
        long clerk = fixtures.as(t.adminId(), () -> provisioning.user(t.prefix() + "-clerk", "录入员", t.salesDeptId(), null,
                TestFixtures.PASSWORD, roles.create("录入员", DataScope.SELF, java.util.Set.of("customer:view", "customer:create"))));
        Company c = companies.get(1414);
        QikeUser who = fixtures.user(clerk);
        MvcResult saved = mvc.perform(typed(who, c.name(), null)).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/customers/");
        assertThat(sandbox.calls(keys)).isZero();
    }

    @Test
    void aProviderThatFailsNeverBlocksTheSave() throws Exception {
        TestTenant t = fixtures.tenant();
        RegistrySandbox.Keys keys = sandbox.only(t.adminId(), port, RegistryProvider.QICHACHA);
        Fault fault = faults.add(Fault.httpError(RegistrySandbox.sandbox(RegistryProvider.QICHACHA), keys.key(), "*", 503));
        try {
            Company c = companies.get(1618);
            QikeUser rep = fixtures.user(t.rep1Id());
            MvcResult saved = mvc.perform(typed(rep, c.name(), null).with(user(rep))).andReturn();
            assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/customers/");
            assertThat(named(t, c.name())).isEqualTo(1);
        } finally {
            faults.remove(fault.id());
        }
    }

    /** A company that was renamed, so that its former names show. */
    private Company renamed(int skip) {
        return companies.companies().stream().filter(x -> !x.formerNames().isEmpty()).skip(skip).findFirst().orElseThrow();
    }

    private MockHttpServletRequestBuilder typed(QikeUser who, String name, String creditCode) {
        MockHttpServletRequestBuilder b = post("/customers").with(csrf()).with(user(who)).cookie(new Cookie("qike-lang", "zh-CN"))
                .param("name", name).param("ownerId", String.valueOf(who.userId())).param("level", "A");
        if (creditCode != null) b.param("creditCode", creditCode);
        return b;
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString());
    }

    private long named(TestTenant t, String name) {
        return fixtures.as(t.adminId(), () -> customers.search(new CustomerQuery(name, Map.of(), null, true, 0, 20))).items().stream()
                .filter(x -> x.name().equals(name)).count();
    }
}
