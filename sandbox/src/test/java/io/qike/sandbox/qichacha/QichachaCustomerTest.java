package io.qike.sandbox.qichacha;

import static io.qike.sandbox.support.SandboxClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CustomerEntry;
import io.qike.sandbox.support.SandboxHttpSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** 企查查 客户查询 /api/yj/Customer/GetList, per Qichacha's document (default 10, at most 50 per page). */
class QichachaCustomerTest extends SandboxHttpSupport {

    private static final String PATH = "/api/yj/Customer/GetList";

    private JsonNode customers(String... params) {
        return client.qichacha(PATH, params(params)).json();
    }

    private Company withCustomers(int atLeast) {
        return first(c -> data.customersOf(c).size() >= atLeast
                && data.customersOf(c).stream().anyMatch(e -> e.year().endsWith("-06")));
    }

    @Test
    void listsCustomersWithYearsAndSources() {
        Company c = withCustomers(12);
        List<CustomerEntry> expected = data.customersOf(c);
        JsonNode r = customers("searchKey", c.name(), "pageSize", "50");
        assertThat(r.get("Status").asString()).isEqualTo("200");
        assertThat(r.get("OrderNumber").asString()).matches("CUSTOMER\\d{22}");
        assertThat(r.get("Paging").get("TotalRecords").asInt()).isEqualTo(expected.size());
        JsonNode years = r.get("Result").get("YearList");
        List<String> yearList = new ArrayList<>();
        years.forEach(y -> yearList.add(y.asString()));
        assertThat(yearList).isSortedAccordingTo((a, b) -> b.compareTo(a)).doesNotHaveDuplicates()
                .allMatch(y -> y.matches("20\\d\\d"));
        JsonNode list = r.get("Result").get("ClientList");
        assertThat(list.size()).isEqualTo(Math.min(50, expected.size()));
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            CustomerEntry e = expected.get(i);
            assertThat(item.get("Year").asString()).isEqualTo(e.year());
            assertThat(item.get("Name").asString()).isEqualTo(e.customer().name());
            assertThat(item.get("KeyNo").asString()).isEqualTo(e.customer().keyNo());
            assertThat(item.get("SalesAmount").asString()).matches("\\d+\\.\\d\\d");
            assertThat(item.get("Source").asString()).isEqualTo(e.source());
            assertThat(item.get("ImageUrl").asString()).contains(e.customer().keyNo());
            if (e.year().endsWith("-06")) {
                assertThat(item.get("Source").asString()).isEqualTo("半年报");
                assertThat(item.get("SalesPercent").asString()).isEqualTo("0");
            }
        }
    }

    @Test
    void pageSizeDefaultsToTenAndIsAtMostFifty() {
        Company c = withCustomers(12);
        assertThat(customers("searchKey", c.name()).get("Result").get("ClientList").size()).isEqualTo(10);
        assertThat(customers("searchKey", c.name()).get("Paging").get("PageSize").asInt()).isEqualTo(10);
        assertThat(customers("searchKey", c.name(), "pageSize", "50").get("Status").asString()).isEqualTo("200");
        assertThat(customers("searchKey", c.name(), "pageSize", "51").get("Status").asString()).isEqualTo("202");
        assertThat(customers("searchKey", c.name(), "pageIndex", "0").get("Status").asString()).isEqualTo("202");
        JsonNode second = customers("searchKey", c.name(), "pageIndex", "2", "pageSize", "5");
        assertThat(second.get("Result").get("ClientList").get(0).get("Name").asString())
                .isEqualTo(data.customersOf(c).get(5).customer().name());
        assertThat(customers("searchKey", c.name(), "pageIndex", "999").get("Status").asString()).isEqualTo("201");
    }

    @Test
    void searchKeyMayBeCreditCodeRegNoOrKeyNo() {
        Company c = withCustomers(3);
        JsonNode byName = customers("searchKey", c.name()).get("Result");
        assertThat(customers("searchKey", c.creditCode()).get("Result")).isEqualTo(byName);
        assertThat(customers("searchKey", c.regNo()).get("Result")).isEqualTo(byName);
        assertThat(customers("searchKey", c.keyNo()).get("Result")).isEqualTo(byName);
    }

    @Test
    void yearFiltersIncludingHalfYearItems() {
        Company c = withCustomers(3);
        String year = data.customersOf(c).stream().filter(e -> e.year().endsWith("-06")).findFirst().orElseThrow().year().substring(0, 4);
        JsonNode r = customers("searchKey", c.name(), "year", year, "pageSize", "50");
        long expected = data.customersOf(c).stream().filter(e -> e.year().startsWith(year)).count();
        assertThat(r.get("Paging").get("TotalRecords").asLong()).isEqualTo(expected);
        r.get("Result").get("ClientList").forEach(i -> assertThat(i.get("Year").asString()).startsWith(year));
        assertThat(customers("searchKey", c.name(), "year", "18").get("Status").asString()).isEqualTo("202");
    }

    @Test
    void noCustomersShortOrMissingKey() {
        Company none = first(c -> data.customersOf(c).isEmpty());
        assertThat(customers("searchKey", none.name()).get("Status").asString()).isEqualTo("201");
        assertThat(customers("searchKey", "没有这家公司有限公司").get("Status").asString()).isEqualTo("201");
        assertThat(customers("searchKey", "南").get("Status").asString()).isEqualTo("213");
        assertThat(customers().get("Status").asString()).isEqualTo("202");
    }
}
