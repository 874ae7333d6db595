package io.qike.sandbox.qichacha;

import static io.qike.sandbox.support.SandboxClient.QCC_KEY;
import static io.qike.sandbox.support.SandboxClient.QCC_SECRET;
import static io.qike.sandbox.support.SandboxClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.qike.sandbox.support.Md5;
import io.qike.sandbox.support.SandboxClient.Response;
import io.qike.sandbox.support.SandboxHttpSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** 企查查 authentication: key + Token (upper-case MD5 of key + Timespan + SecretKey) + Timespan (seconds). */
class QichachaAuthTest extends SandboxHttpSupport {

    private static final String PATH = "/FuzzySearch/GetList";
    private final Map<String, String> search = params("searchKey", "科技");

    private Response call(String key, long timespan, String token) {
        return client.qichachaRaw(PATH, key, String.valueOf(timespan), token, search);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static void assertStatus(Response r, String status, String message) {
        assertThat(r.status()).isEqualTo(200);
        JsonNode json = r.json();
        assertThat(json.get("Status").asString()).isEqualTo(status);
        assertThat(json.get("Message").asString()).isEqualTo(message);
        assertThat(json.get("Result").isNull()).isTrue();
    }

    @Test
    void correctSignatureIsAccepted() {
        long ts = now();
        Response r = call(QCC_KEY, ts, Md5.upper(QCC_KEY + ts + QCC_SECRET));
        assertThat(r.json().get("Status").asString()).isEqualTo("200");
        assertThat(r.json().get("Status").isString()).isTrue();
    }

    @Test
    void wrongOrLowerCaseOrMissingTokenIs107() {
        long ts = now();
        assertStatus(call(QCC_KEY, ts, Md5.upper(QCC_KEY + ts + "wrong-secret")), "107", "【无效请求】被禁止的IP或者签名错误");
        assertStatus(call(QCC_KEY, ts, Md5.lower(QCC_KEY + ts + QCC_SECRET)), "107", "【无效请求】被禁止的IP或者签名错误");
        assertStatus(call(QCC_KEY, ts, Md5.upper(QCC_SECRET + ts + QCC_KEY)), "107", "【无效请求】被禁止的IP或者签名错误");
        assertStatus(client.qichachaRaw(PATH, QCC_KEY, String.valueOf(ts), null, search), "107", "【无效请求】被禁止的IP或者签名错误");
    }

    @Test
    void staleFutureOrMillisecondTimespanIs115() {
        for (long ts : new long[] {now() - 400, now() + 400, System.currentTimeMillis()}) {
            assertStatus(call(QCC_KEY, ts, Md5.upper(QCC_KEY + ts + QCC_SECRET)), "115", "【无效请求】身份验证错误或者已过期");
        }
        String token = Md5.upper(QCC_KEY + QCC_SECRET);
        assertStatus(client.qichachaRaw(PATH, QCC_KEY, null, token, search), "115", "【无效请求】身份验证错误或者已过期");
    }

    @Test
    void timespanWithinToleranceIsAccepted() {
        long ts = now() - 120;
        assertThat(call(QCC_KEY, ts, Md5.upper(QCC_KEY + ts + QCC_SECRET)).json().get("Status").asString()).isEqualTo("200");
    }

    @Test
    void unknownOrMissingKeyIs101WithoutOrderNumber() {
        long ts = now();
        Response unknown = call("no-such-key", ts, Md5.upper("no-such-key" + ts + QCC_SECRET));
        assertStatus(unknown, "101", "【无效请求】当前的KEY无效或者还未生效中");
        assertThat(unknown.json().get("OrderNumber").isNull()).isTrue();
        assertStatus(client.qichachaRaw(PATH, null, String.valueOf(ts), "X", search), "101", "【无效请求】当前的KEY无效或者还未生效中");
    }

    @Test
    void credentialsAddedAtRunTimeWork() {
        String key = newKey("qichacha", "s3cr3t-中文");
        assertThat(client.qichacha(PATH, key, "s3cr3t-中文", search).json().get("Status").asString()).isEqualTo("200");
        assertThat(client.qichacha(PATH, key, QCC_SECRET, search).json().get("Status").asString()).isEqualTo("107");
    }
}
