package io.qike.sandbox.qichacha;

import static io.qike.sandbox.support.SandboxClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import io.qike.sandbox.data.Company;
import io.qike.sandbox.support.SandboxHttpSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** 企查查 FuzzySearch/GetList and ECIV4/GetBasicDetailsByName over HTTP. */
class QichachaSearchTest extends SandboxHttpSupport {

    private JsonNode fuzzy(String... params) {
        return client.qichacha("/FuzzySearch/GetList", params(params)).json();
    }

    private JsonNode basic(String keyword) {
        return client.qichacha("/ECIV4/GetBasicDetailsByName", params("keyword", keyword)).json();
    }

    @Test
    void findsFullWidthBracketNamesSentUrlEncoded() {
        Company c = first(x -> x.name().contains("（") && x.name().indexOf('（') > 2);
        JsonNode r = fuzzy("searchKey", c.name());
        assertThat(r.get("Status").asString()).isEqualTo("200");
        assertThat(r.get("Message").asString()).isEqualTo("【有效请求】查询成功");
        assertThat(r.get("OrderNumber").asString()).matches("FUZZYSEARCH\\d{22}");
        JsonNode item = r.get("Result").get(0);
        assertThat(item.get("Name").asString()).isEqualTo(c.name());
        assertThat(item.get("CreditCode").asString()).isEqualTo(c.creditCode());
        assertThat(item.get("KeyNo").asString()).matches("[0-9a-f]{32}");
        assertThat(item.get("StartDate").asString()).isEqualTo(c.establishedOn().toString());
        assertThat(item.get("OperName").asString()).isEqualTo(c.legalPerson());
        assertThat(item.get("No").asString()).isEqualTo(c.regNo());
    }

    @Test
    void pagesAreOneBasedAndLimited() {
        JsonNode p1 = fuzzy("searchKey", "科技", "pageIndex", "1", "pageSize", "20");
        JsonNode p2 = fuzzy("searchKey", "科技", "pageIndex", "2", "pageSize", "20");
        assertThat(p1.get("Result").size()).isEqualTo(20);
        assertThat(p1.get("Paging").get("PageIndex").asInt()).isEqualTo(1);
        assertThat(p1.get("Paging").get("PageSize").asInt()).isEqualTo(20);
        int total = p1.get("Paging").get("TotalRecords").asInt();
        assertThat(total).isEqualTo(data.search("科技").size()).isGreaterThan(40);
        assertThat(p2.get("Result").get(0).get("Name").asString())
                .isEqualTo(data.search("科技").get(20).name());
        assertThat(fuzzy("searchKey", "科技").get("Result").size()).isEqualTo(10);
        for (String[] bad : new String[][] {{"pageSize", "21"}, {"pageSize", "0"}, {"pageIndex", "0"}, {"pageIndex", "x"}, {"pageSize", "-1"}}) {
            assertThat(fuzzy("searchKey", "科技", bad[0], bad[1]).get("Status").asString()).as(bad[0] + "=" + bad[1]).isEqualTo("202");
        }
    }

    @Test
    void pagingBeyondFiveThousandRecordsIs207() {
        JsonNode r = fuzzy("searchKey", "公司", "pageIndex", "251", "pageSize", "20");
        assertThat(r.get("Status").asString()).isEqualTo("207");
        assertThat(r.get("Message").asString()).isEqualTo("【有效请求】请求数据的条目数超过上限（5000）");
        assertThat(fuzzy("searchKey", "公司", "pageIndex", "250", "pageSize", "20").get("Status").asString()).isEqualTo("200");
    }

    @Test
    void keywordRules() {
        JsonNode none = fuzzy("searchKey", "不存在的企业名称");
        assertThat(none.get("Status").asString()).isEqualTo("201");
        assertThat(none.get("Message").asString()).isEqualTo("【有效请求】查询无结果");
        assertThat(none.get("Result").isNull()).isTrue();
        assertThat(none.get("OrderNumber").asString()).startsWith("FUZZYSEARCH");
        assertThat(none.has("Paging")).isFalse();
        assertThat(fuzzy("searchKey", "科").get("Status").asString()).isEqualTo("213");
        assertThat(fuzzy("searchKey", "科").get("Message").asString()).isEqualTo("【有效请求】参数长度不能小于 2");
        assertThat(fuzzy().get("Status").asString()).isEqualTo("202");
        assertThat(fuzzy("searchKey", "   ").get("Status").asString()).isEqualTo("202");
        assertThat(fuzzy("searchKey", "%%").get("Status").asString()).isEqualTo("215");
    }

    @Test
    void searchesCreditCodesExactly() {
        Company c = data.get(123);
        JsonNode r = fuzzy("searchKey", c.creditCode());
        assertThat(r.get("Paging").get("TotalRecords").asInt()).isEqualTo(1);
        assertThat(r.get("Result").get(0).get("Name").asString()).isEqualTo(c.name());
    }

    @Test
    void basicDetailsByNameOrCreditCode() {
        Company c = first(x -> x.currency().equals("人民币") && !x.formerNames().isEmpty() && x.name().contains("("));
        JsonNode byName = basic(c.name());
        JsonNode byCode = basic(c.creditCode());
        JsonNode byFormer = basic(c.formerNames().get(0).name());
        assertThat(byName.get("Status").asString()).isEqualTo("200");
        assertThat(byName.get("Result")).isEqualTo(byCode.get("Result")).isEqualTo(byFormer.get("Result"));
        JsonNode d = byName.get("Result");
        assertThat(d.get("RegistCapi").asString()).isEqualTo(c.capitalAmount() + "万人民币元");
        assertThat(d.get("StartDate").asString()).isEqualTo(c.establishedOn() + "T00:00:00");
        assertThat(d.get("CreditCode").asString()).isEqualTo(c.creditCode());
        assertThat(d.get("OperName").asString()).isEqualTo(c.legalPerson());
        assertThat(d.get("OriginalName").get(0).get("Name").asString()).isEqualTo(c.formerNames().get(0).name());
        assertThat(d.get("Paging")).isNull();
        // half-width brackets do not match a name registered with them swapped for full-width ones
        String swapped = c.name().replace('(', '（').replace(')', '）');
        assertThat(basic(swapped).get("Status").asString()).isEqualTo("201");
        assertThat(basic("x").get("Status").asString()).isEqualTo("213");
    }

    @Test
    void foreignCurrencyCapital() {
        Company usd = first(x -> x.currency().equals("美元"));
        assertThat(basic(usd.name()).get("Result").get("RegistCapi").asString()).isEqualTo(usd.capitalAmount() + "万美元");
    }
}
