package io.qike.sandbox.control;

import static io.qike.sandbox.support.SandboxClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import io.qike.sandbox.support.SandboxHttpSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** Call counters (HTTP and bean) and the daily / QPS limits per key and per provider. */
class CountersAndQuotasTest extends SandboxHttpSupport {

    @Autowired
    CallCounters counters;

    @Test
    void countsCallsAndBillableCallsPerKeyAndEndpoint() {
        String key = newKey("qichacha", "c");
        client.qichacha("/FuzzySearch/GetList", key, "c", params("searchKey", "科技"));      // 200
        client.qichacha("/FuzzySearch/GetList", key, "c", params("searchKey", "查无此企业")); // 201
        client.qichacha("/FuzzySearch/GetList", key, "wrong", params("searchKey", "科技"));  // 107
        client.qichacha("/ECIV4/GetBasicDetailsByName", key, "c", params("keyword", data.get(5).name()));
        JsonNode http = client.get("/sandbox/admin/counters?provider=qichacha&key=" + key).json();
        assertThat(http.get("calls").asLong()).isEqualTo(4);
        assertThat(http.get("billable").asLong()).isEqualTo(2);
        JsonNode fuzzy = http.get("counters").get(1);
        assertThat(fuzzy.get("endpoint").asString()).isEqualTo("FuzzySearch/GetList");
        assertThat(fuzzy.get("outcomes").get("201").asLong()).isEqualTo(1);
        assertThat(fuzzy.get("outcomes").get("107").asLong()).isEqualTo(1);
        assertThat(counters.calls(Provider.QICHACHA, key, "FuzzySearch/GetList")).isEqualTo(3);
        assertThat(counters.billable(Provider.QICHACHA, key, null)).isEqualTo(2);
    }

    @Test
    void resettingCountersForgetsThem() {
        String token = newKey("tianyancha", null);
        client.tianyancha("/services/open/search/2.0", token, params("word", "科技"));
        assertThat(counters.calls(Provider.TIANYANCHA, token, null)).isEqualTo(1);
        assertThat(client.delete("/sandbox/admin/counters?provider=tianyancha").status()).isEqualTo(204);
        assertThat(counters.calls(Provider.TIANYANCHA, token, null)).isZero();
        assertThat(client.get("/sandbox/admin/counters?provider=tianyancha").json().get("calls").asLong()).isZero();
    }

    @Test
    void dailyLimitPerKey() {
        String qcc = newKey("qichacha", "d", 2L, null);
        for (int i = 0; i < 2; i++) {
            assertThat(client.qichacha("/FuzzySearch/GetList", qcc, "d", params("searchKey", "科技")).json().get("Status").asString()).isEqualTo("200");
        }
        JsonNode refused = client.qichacha("/FuzzySearch/GetList", qcc, "d", params("searchKey", "科技")).json();
        assertThat(refused.get("Status").asString()).isEqualTo("116");
        assertThat(refused.get("Message").asString()).isEqualTo("【无效请求】请求超过每日调用总量限制");
        String tyc = newKey("tianyancha", null, 1L, null);
        client.tianyancha("/services/open/search/2.0", tyc, params("word", "科技"));
        assertThat(client.tianyancha("/services/open/search/2.0", tyc, params("word", "科技")).json().get("error_code").asInt()).isEqualTo(300007);
        String qx = newKey("qixin", "d", 1L, null);
        client.qixin("/APIService/v2/search/advSearch", qx, "d", params("keyword", "科技"));
        assertThat(client.qixin("/APIService/v2/search/advSearch", qx, "d", params("keyword", "科技")).json().get("status").asString()).isEqualTo("213");
        assertThat(client.delete("/sandbox/admin/quota-usage").status()).isEqualTo(204);
        assertThat(client.qixin("/APIService/v2/search/advSearch", qx, "d", params("keyword", "科技")).json().get("status").asString()).isEqualTo("200");
    }

    @Test
    void qpsLimitPerKey() {
        String qcc = newKey("qichacha", "q", null, 2);
        String[] codes = new String[4];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = client.qichacha("/FuzzySearch/GetList", qcc, "q", params("searchKey", "科技")).json().get("Status").asString();
        }
        assertThat(codes).containsSubsequence("200", "200", "120"); // four calls well within one second
        String tyc = newKey("tianyancha", null, null, 1);
        client.tianyancha("/services/open/search/2.0", tyc, params("word", "科技"));
        assertThat(client.tianyancha("/services/open/search/2.0", tyc, params("word", "科技")).json().get("error_code").asInt()).isEqualTo(300004);
        String qx = newKey("qixin", "q", null, 1);
        client.qixin("/APIService/v2/search/advSearch", qx, "q", params("keyword", "科技"));
        assertThat(client.qixin("/APIService/v2/search/advSearch", qx, "q", params("keyword", "科技")).json().get("status").asString()).isEqualTo("205");
    }

    @Test
    void defaultQpsAndProviderDailyLimitsCanBeSetAtRunTime() {
        String qcc = newKey("qichacha", "p");
        try {
            client.put("/sandbox/admin/limits", "{\"qpsPerKey\":1}");
            client.qichacha("/FuzzySearch/GetList", qcc, "p", params("searchKey", "科技"));
            assertThat(client.qichacha("/FuzzySearch/GetList", qcc, "p", params("searchKey", "科技")).json().get("Status").asString()).isEqualTo("120");
            client.put("/sandbox/admin/limits", "{\"qpsPerKey\":0}");
            client.delete("/sandbox/admin/quota-usage");
            client.put("/sandbox/admin/limits", "{\"dailyCallsPerProvider\":1}");
            assertThat(client.qichacha("/FuzzySearch/GetList", qcc, "p", params("searchKey", "科技")).json().get("Status").asString()).isEqualTo("200");
            JsonNode refused = client.qichacha("/FuzzySearch/GetList", "demo-qcc-key", "demo-qcc-secret", params("searchKey", "科技")).json();
            assertThat(refused.get("Status").asString()).isEqualTo("109");
            assertThat(refused.get("Message").asString()).isEqualTo("【无效请求】请求超过每日系统限制");
        } finally {
            client.put("/sandbox/admin/limits", "{\"qpsPerKey\":0,\"dailyCallsPerProvider\":1000000}");
            client.delete("/sandbox/admin/quota-usage");
        }
        assertThat(client.get("/sandbox/admin/limits").json().get("dailyCallsPerProvider").asLong()).isEqualTo(1_000_000);
    }
}
