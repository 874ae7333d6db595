package io.qike.crm.intel;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.intel.clients.CompanyClients;
import io.qike.crm.intel.clients.ListedClient;
import io.qike.crm.intel.clients.ListedClients;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Paging through every page. The sandbox's longest customer list (43 entries) fits one page of 企查查's maximum
 * 50, so this context asks for pages of 10 to see the pages merged.
 */
@IntegrationTest
@TestPropertySource(properties = "qike.intel.customers-page-size=10")
class ClientListPagingTest {
    @LocalServerPort int port;
    @Autowired IntelFixture intel;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CompanyClients customersOf;
    @Autowired CompanyDataSet data;

    @Test
    void everyAnnouncedPageIsFetchedAndMergedInAmountOrder() {
        IntelFixture.Ready r = intel.tenant(port);
        Company c = data.companies().stream().max(Comparator.comparingInt(x -> data.customersOf(x).size())).orElseThrow();
        int n = data.customersOf(c).size();
        assertThat(n).isGreaterThan(30);
        ListedClients result = fixtures.as(r.tenant().rep1Id(), () -> customersOf.of(c.name(), null, false));
        assertThat(result.items()).hasSize(n);
        assertThat(intel.calls(r, IntelFixture.CUSTOMERS)).isEqualTo((n + 9) / 10);
        assertThat(intel.outcomes(r, IntelFixture.CUSTOMERS, "200")).isEqualTo((n + 9) / 10);
        assertThat(result.items()).extracting(ListedClient::salesAmount).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(result.items()).extracting(i -> i.year() + i.name() + i.source()).doesNotHaveDuplicates();
    }
}
