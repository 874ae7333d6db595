package io.qike.sandbox.control;

import static io.qike.sandbox.support.SandboxClient.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import io.qike.sandbox.support.SandboxClient;
import io.qike.sandbox.support.SandboxHttpSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;

/** Faults injected through /sandbox/admin/faults, as a client experiences them. */
class FaultInjectionTest extends SandboxHttpSupport {

    private static final String TYC_SEARCH = "/services/open/search/2.0";

    private void add(String json) {
        assertThat(client.post("/sandbox/admin/faults", json).status()).as(json).isEqualTo(201);
    }

    @Test
    void latencyDelaysTheAnswer() {
        String token = newKey("tianyancha", null);
        add("{\"provider\":\"tianyancha\",\"key\":\"" + token + "\",\"type\":\"LATENCY\",\"millis\":400}");
        long start = System.nanoTime();
        SandboxClient.Response r = client.tianyancha(TYC_SEARCH, token, params("word", "科技"));
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
        assertThat(r.json().get("error_code").asInt()).isZero();
    }

    @Test
    void timeoutOutlastsTheClientAndClearingReleasesIt() throws Exception {
        String token = newKey("tianyancha", null);
        add("{\"provider\":\"tianyancha\",\"key\":\"" + token + "\",\"type\":\"TIMEOUT\"}");
        var request = client.request("/sandbox/tianyancha" + TYC_SEARCH + "?word=x").header("Authorization", token)
                .timeout(Duration.ofMillis(300)).GET().build();
        assertThatThrownBy(() -> client.http().send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        var pending = client.http().sendAsync(client.request("/sandbox/tianyancha" + TYC_SEARCH + "?word=%E7%A7%91%E6%8A%80")
                .header("Authorization", token).GET().build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        assertThat(pending).isNotDone();
        client.delete("/sandbox/admin/faults"); // wakes the held calls
        assertThat(pending.get().statusCode()).isEqualTo(200);
    }

    @Test
    void httpErrorsAreNotJson() {
        add("{\"provider\":\"qichacha\",\"key\":\"demo-qcc-key\",\"endpoint\":\"ECIV4/GetBasicDetailsByName\",\"type\":\"HTTP_ERROR\",\"httpStatus\":502,\"times\":1}");
        SandboxClient.Response r = client.qichacha("/ECIV4/GetBasicDetailsByName", params("keyword", data.get(0).name()));
        assertThat(r.status()).isEqualTo(502);
        assertThat(r.body()).contains("502 Bad Gateway");
        assertThat(r.raw().headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        // other endpoints and the next call are unaffected
        assertThat(client.qichacha("/ECIV4/GetBasicDetailsByName", params("keyword", data.get(0).name())).status()).isEqualTo(200);
    }

    @Test
    void malformedJsonCannotBeParsed() {
        String appkey = newKey("qixin", "m");
        add("{\"provider\":\"qixin\",\"key\":\"" + appkey + "\",\"type\":\"MALFORMED_JSON\"}");
        SandboxClient.Response r = client.qixin("/APIService/enterprise/getBasicInfo", appkey, "m", params("keyword", data.get(0).name()));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).startsWith("{");
        assertThatThrownBy(r::json).isInstanceOf(JacksonException.class);
    }

    @Test
    void quotaExhaustionUsesEachProvidersCode() {
        String qcc = newKey("qichacha", "q");
        String tyc = newKey("tianyancha", null);
        String qx = newKey("qixin", "x");
        for (String[] p : new String[][] {{"qichacha", qcc}, {"tianyancha", tyc}, {"qixin", qx}}) {
            add("{\"provider\":\"" + p[0] + "\",\"key\":\"" + p[1] + "\",\"type\":\"QUOTA_EXHAUSTED\"}");
        }
        assertThat(client.qichacha("/FuzzySearch/GetList", qcc, "q", params("searchKey", "科技")).json().get("Status").asString()).isEqualTo("116");
        assertThat(client.tianyancha(TYC_SEARCH, tyc, params("word", "科技")).json().get("error_code").asInt()).isEqualTo(300007);
        assertThat(client.qixin("/APIService/v2/search/advSearch", qx, "x", params("keyword", "科技")).json().get("status").asString()).isEqualTo("213");
        // a fault for one key leaves the others alone
        assertThat(client.tianyancha(TYC_SEARCH, params("word", "科技")).json().get("error_code").asInt()).isZero();
    }

    @Test
    void faultsAreListedRemovedAndValidated() {
        add("{\"provider\":\"qixin\",\"key\":\"k\",\"type\":\"LATENCY\",\"millis\":5}");
        var list = client.get("/sandbox/admin/faults").json();
        assertThat(list.size()).isEqualTo(1);
        long id = list.get(0).get("id").asLong();
        assertThat(list.get(0).get("provider").asString()).isEqualTo("qixin");
        assertThat(list.get(0).get("endpoint").asString()).isEqualTo("*");
        assertThat(client.delete("/sandbox/admin/faults/" + id).status()).isEqualTo(204);
        assertThat(client.get("/sandbox/admin/faults").json().size()).isZero();
        assertThat(client.post("/sandbox/admin/faults", "{\"provider\":\"baidu\",\"type\":\"LATENCY\",\"millis\":5}").status()).isEqualTo(400);
        assertThat(client.post("/sandbox/admin/faults", "{\"provider\":\"qixin\",\"type\":\"HTTP_ERROR\",\"httpStatus\":404}").status()).isEqualTo(400);
        assertThat(client.post("/sandbox/admin/faults", "{\"provider\":\"qixin\",\"type\":\"SOMETHING\"}").status()).isEqualTo(400);
    }
}
