package io.qike.crm.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.integration.FlowRun;
import io.qike.crm.integration.FlowRunService;
import io.qike.crm.integration.RunQuery;
import io.qike.crm.intel.clients.ClientConversions;
import io.qike.crm.intel.clients.CompanyClients;
import io.qike.crm.intel.clients.Conversion;
import io.qike.crm.intel.clients.ListedClient;
import io.qike.crm.intel.clients.ListedClients;
import io.qike.crm.intel.provider.QichachaFlows;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import io.qike.sandbox.data.CustomerEntry;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** 客户查询 through the shared 企查查 preset, against the in-process sandbox. */
@IntegrationTest
class ListedClientsTest {
    @LocalServerPort int port;
    @Autowired IntelFixture intel;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CompanyClients customersOf;
    @Autowired ClientConversions conversions;
    @Autowired CustomerService customers;
    @Autowired CompanyDataSet data;
    @Autowired FlowRunService runs;
    @Autowired io.qike.crm.registry.RegistrySandbox registry;
    IntelFixture.Ready r;

    @BeforeEach
    void setUp() {
        r = intel.tenant(port);
    }

    /** The company of the data set with the longest customer list (43 entries: one page of 50; see ClientListPagingTest). */
    Company companyWithManyCustomers() {
        return data.companies().stream().max(Comparator.comparingInt(x -> data.customersOf(x).size())).orElseThrow();
    }

    /** The URL of the last 客户查询 call, as the run log keeps it (credentials redacted). */
    String lastUrl() {
        return fixtures.as(r.tenant().adminId(), () -> {
            FlowRun last = runs.search(new RunQuery(QichachaFlows.CUSTOMERS, null, null, null, null, 0, 1)).get(0);
            return runs.get(last.id()).nodes().get(0).call().request().url();
        });
    }

    @Test
    void everyPageIsFetchedWithFiftyPerPageMergedSortedByAmountAndCached() {
        Company c = companyWithManyCustomers();
        List<CustomerEntry> expected = data.customersOf(c);
        ListedClients result = fixtures.as(r.tenant().rep1Id(), () -> customersOf.of(c.name(), null, false));
        assertThat(result.items()).hasSize(expected.size());
        assertThat(result.total()).isEqualTo(expected.size());
        assertThat(intel.calls(r, IntelFixture.CUSTOMERS)).isEqualTo((expected.size() + 49) / 50);
        assertThat(lastUrl()).contains("pageIndex=1").contains("pageSize=50");
        assertThat(result.items()).extracting(ListedClient::salesAmount).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(result.items()).extracting(ListedClient::name)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(e -> e.customer().name()).toList());
        assertThat(result.years()).isNotEmpty().allMatch(y -> y.matches("\\d{4}"));
        assertThat(result.cached()).isFalse();

        ListedClients again = fixtures.as(r.tenant().rep1Id(), () -> customersOf.of(c.name(), null, false));
        assertThat(again.cached()).isTrue();
        assertThat(intel.calls(r, IntelFixture.CUSTOMERS)).isEqualTo((expected.size() + 49) / 50);
    }

    @Test
    void theYearFilterSelectsTheYearAndItsHalfYearAndKeepsTheYearList() {
        Company c = companyWithManyCustomers();
        String year = data.customersOf(c).get(0).year().substring(0, 4);
        long expected = data.customersOf(c).stream().filter(e -> e.year().startsWith(year)).count();
        ListedClients result = fixtures.as(r.tenant().rep1Id(), () -> customersOf.of(c.name(), year, false));
        assertThat(result.items()).hasSize((int) expected).allMatch(i -> i.year().startsWith(year));
        assertThat(result.items()).anyMatch(i -> "半年报".equals(i.source()));
        assertThat(result.years()).contains(year);
    }

    @Test
    void searchKeyMayBeACreditCodeOrAKeyNoAndChineseNamesWithBracketsArriveIntact() {
        Company bracketed = data.companies().stream()
                .filter(c -> (c.name().contains("（") || c.name().contains("(")) && !data.customersOf(c).isEmpty()).findFirst().orElseThrow();
        int n = data.customersOf(bracketed).size();
        assertThat(fixtures.as(r.tenant().rep1Id(), () -> customersOf.of(bracketed.name(), null, false)).items()).hasSize(n);
        assertThat(fixtures.as(r.tenant().rep1Id(), () -> customersOf.of(bracketed.creditCode(), null, false)).items()).hasSize(n);
        assertThat(fixtures.as(r.tenant().rep1Id(), () -> customersOf.of(bracketed.keyNo(), null, false)).items()).hasSize(n);
        // Reserved URL characters are sent encoded: 企查查 sees the whole key, finds nothing, and says 201 (not 202/213).
        ListedClients odd = fixtures.as(r.tenant().rep1Id(), () -> customersOf.of("A&B+C#有限公司 100%", null, false));
        assertThat(odd.items()).isEmpty();
        assertThat(intel.outcomes(r, IntelFixture.CUSTOMERS, "201")).isEqualTo(1);
        assertThat(lastUrl()).contains("searchKey=A%26B%2BC%23%E6%9C%89%E9%99%90%E5%85%AC%E5%8F%B8%20100%25&");
    }

    @Test
    void ourCustomerUsesItsCreditCodeAndListedCompaniesThatAreAlreadyCustomersAreMarked() {
        Company c = companyWithManyCustomers();
        Company listed = data.customersOf(c).get(0).customer();
        long ours = fixtures.as(r.tenant().adminId(), () -> customers.create(CustomerDraft.named("我方简称").withCreditCode(c.creditCode())).id());
        fixtures.as(r.tenant().adminId(), () -> customers.create(CustomerDraft.named(listed.name())));
        ListedClients result = fixtures.as(r.tenant().adminId(), () -> customersOf.ofCustomer(ours, null, false));
        assertThat(result.company()).isEqualTo(c.creditCode());
        assertThat(result.items()).filteredOn(i -> i.name().equals(listed.name())).allMatch(ListedClient::alreadyCustomer);
        assertThat(result.items()).filteredOn(i -> !i.name().equals(listed.name())).noneMatch(ListedClient::alreadyCustomer);

        ListedClient other = result.items().stream().filter(i -> !i.alreadyCustomer()).findFirst().orElseThrow();
        Conversion done = fixtures.as(r.tenant().adminId(), () -> conversions.convert(List.of(
                new ClientConversions.Company(other.name(), other.keyNo()), new ClientConversions.Company(listed.name(), null))));
        assertThat(done.count(Conversion.Result.CREATED)).isEqualTo(1);
        assertThat(done.count(Conversion.Result.EXISTING)).isEqualTo(1);
        ListedClients after = fixtures.as(r.tenant().adminId(), () -> customersOf.ofCustomer(ours, null, false));
        assertThat(after.items()).filteredOn(i -> i.name().equals(other.name())).allMatch(ListedClient::alreadyCustomer);
    }

    @Test
    void withTheRegistrySetUpAConvertedCompanyGetsItsRegistryCard() {
        registry.only(r.tenant().adminId(), port, io.qike.crm.registry.RegistryProvider.QICHACHA);
        Company c = companyWithManyCustomers();
        Company listed = data.customersOf(c).get(1).customer();
        Conversion done = fixtures.as(r.tenant().adminId(), () -> conversions.convert(List.of(new ClientConversions.Company(listed.name(), null))));
        assertThat(done.count(Conversion.Result.CREATED)).isEqualTo(1);
        io.qike.crm.customer.Customer created = fixtures.as(r.tenant().adminId(), () -> customers.search(
                io.qike.crm.customer.CustomerQuery.keyword(listed.name())).items().get(0));
        assertThat(created.creditCode()).isEqualTo(listed.creditCode());
        assertThat(created.registryProvider()).isEqualTo("qichacha");
    }

    @Test
    void aOneCharacterCompanyIsAValidationMessageWithoutACall() {
        assertThatThrownBy(() -> fixtures.as(r.tenant().rep1Id(), () -> customersOf.of("A", null, false)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("company=too_short");
        assertThat(intel.calls(r, IntelFixture.CUSTOMERS)).isZero();
    }

    @Test
    void theApiAnswersAllPagesMergedWithYearsTotalAndOurCustomerFlags() {
        Company c = companyWithManyCustomers();
        Api api = new Api(port).login(r.tenant().login("rep1"), TestFixtures.PASSWORD);
        Api.Response res = api.get("/api/v1/intel/customers-of?company=" + java.net.URLEncoder.encode(c.name(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(res.status()).as(res.body()).isEqualTo(200);
        JsonNode body = res.json();
        assertThat(body.get("items").size()).isEqualTo(data.customersOf(c).size());
        assertThat(body.get("total").asInt()).isEqualTo(data.customersOf(c).size());
        assertThat(body.get("years").size()).isPositive();
        assertThat(body.get("items").get(0).has("alreadyCustomer")).isTrue();
        assertThat(new BigDecimal(body.get("items").get(0).get("salesAmount").asString())).isPositive();

        Api.Response bad = api.get("/api/v1/intel/customers-of?company=A");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("code").asString()).isEqualTo("too_short");
        assertThat(api.get("/api/v1/intel/customers-of?company=" + c.keyNo() + "&year=20x1").status()).isEqualTo(400);
    }
}
