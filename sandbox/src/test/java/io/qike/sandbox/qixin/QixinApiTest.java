package io.qike.sandbox.qixin;

import static io.qike.sandbox.support.SandboxClient.QX_APPKEY;
import static io.qike.sandbox.support.SandboxClient.QX_SECRET;
import static io.qike.sandbox.support.SandboxClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.qike.sandbox.data.Company;
import io.qike.sandbox.support.Md5;
import io.qike.sandbox.support.SandboxHttpSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** 启信宝 advSearch and getBasicInfo over HTTP. */
class QixinApiTest extends SandboxHttpSupport {

    private static final String SEARCH = "/APIService/v2/search/advSearch";
    private static final String BASIC = "/APIService/enterprise/getBasicInfo";

    private static void assertStatus(JsonNode r, String status, String message) {
        assertThat(r.get("status").isString()).isTrue();
        assertThat(r.get("status").asString()).isEqualTo(status);
        assertThat(r.get("message").asString()).isEqualTo(message);
    }

    private JsonNode signed(String appkey, String timestamp, String sign, String version) {
        return client.qixinHeaders(SEARCH, Map.of("Auth-Version", version, "appkey", appkey, "timestamp", timestamp, "sign", sign),
                params("keyword", "科技")).json();
    }

    @Test
    void headerSignatureV2() {
        String now = String.valueOf(System.currentTimeMillis());
        assertStatus(signed(QX_APPKEY, now, Md5.lower(QX_APPKEY + now + QX_SECRET), "2.0"), "200", "查询成功");
        assertStatus(signed(QX_APPKEY, now, Md5.upper(QX_APPKEY + now + QX_SECRET), "2.0"), "101", "AppKey无效");
        assertStatus(signed(QX_APPKEY, now, Md5.lower(QX_APPKEY + now + "wrong"), "2.0"), "101", "AppKey无效");
        assertStatus(signed("unknown-appkey", now, Md5.lower("unknown-appkey" + now + QX_SECRET), "2.0"), "101", "AppKey无效");
        String stale = String.valueOf(System.currentTimeMillis() - 11 * 60_000);
        assertStatus(signed(QX_APPKEY, stale, Md5.lower(QX_APPKEY + stale + QX_SECRET), "2.0"), "101", "AppKey无效");
        String seconds = String.valueOf(System.currentTimeMillis() / 1000);
        assertStatus(signed(QX_APPKEY, seconds, Md5.lower(QX_APPKEY + seconds + QX_SECRET), "2.0"), "101", "AppKey无效");
        String recent = String.valueOf(System.currentTimeMillis() - 9 * 60_000);
        assertStatus(signed(QX_APPKEY, recent, Md5.lower(QX_APPKEY + recent + QX_SECRET), "2.0"), "200", "查询成功");
        assertStatus(signed(QX_APPKEY, now, Md5.lower(QX_APPKEY + now + QX_SECRET), "1.0"), "208", "参数名错误或参数为空");
        assertStatus(client.qixinHeaders(SEARCH, Map.of("appkey", QX_APPKEY), params("keyword", "科技")).json(), "208", "参数名错误或参数为空");
    }

    @Test
    void legacyQueryParameters() {
        assertStatus(client.qixinHeaders(SEARCH, Map.of(), params("keyword", "科技", "appkey", QX_APPKEY)).json(), "200", "查询成功");
        assertStatus(client.qixinHeaders(SEARCH, Map.of(), params("keyword", "科技", "appkey", QX_APPKEY, "secret_key", QX_SECRET)).json(), "200", "查询成功");
        assertStatus(client.qixinHeaders(SEARCH, Map.of(), params("keyword", "科技", "appkey", QX_APPKEY, "secret_key", "nope")).json(), "101", "AppKey无效");
        assertStatus(client.qixinHeaders(SEARCH, Map.of(), params("keyword", "科技")).json(), "101", "AppKey无效");
    }

    @Test
    void advSearchPagesByTwentyWithSkip() {
        int total = data.search("科技").size();
        JsonNode first = client.qixin(SEARCH, params("keyword", "科技")).json().get("data");
        assertThat(first.get("total").asInt()).isEqualTo(total);
        assertThat(first.get("num").asInt()).isEqualTo(20);
        assertThat(first.get("items").size()).isEqualTo(20);
        JsonNode second = client.qixin(SEARCH, params("keyword", "科技", "skip", "20")).json().get("data");
        assertThat(second.get("items").get(0).get("name").asString()).isEqualTo(data.search("科技").get(20).name());
        JsonNode last = client.qixin(SEARCH, params("keyword", "科技", "skip", String.valueOf(total - 3))).json().get("data");
        assertThat(last.get("num").asInt()).isEqualTo(3);
        assertStatus(client.qixin(SEARCH, params("keyword", "科技", "skip", String.valueOf(total))).json(), "206", "跳过条数超过最大数");
        assertStatus(client.qixin(SEARCH, params("keyword", "科技", "skip", "-1")).json(), "208", "参数名错误或参数为空");
        assertStatus(client.qixin(SEARCH, params()).json(), "208", "参数名错误或参数为空");
        JsonNode none = client.qixin(SEARCH, params("keyword", "查无此企业")).json();
        assertStatus(none, "201", "查询无结果");
        assertThat(none.get("data").isNull()).isTrue();
    }

    @Test
    void matchTypeRestrictsTheSearch() {
        Company c = data.get(77);
        assertThat(client.qixin(SEARCH, params("keyword", c.creditCode(), "matchType", "credit_no")).json()
                .get("data").get("items").get(0).get("name").asString()).isEqualTo(c.name());
        assertStatus(client.qixin(SEARCH, params("keyword", c.creditCode(), "matchType", "ename")).json(), "201", "查询无结果");
        assertStatus(client.qixin(SEARCH, params("keyword", c.creditCode(), "matchType", "bogus")).json(), "208", "参数名错误或参数为空");
    }

    @Test
    void basicInfoBySnakeCaseFields() {
        Company c = first(x -> x.name().contains("(") && x.termEnd() != null);
        JsonNode d = client.qixin(BASIC, params("keyword", c.name())).json().get("data");
        assertThat(d.get("name").asString()).isEqualTo(c.name());
        assertThat(d.get("credit_no").asString()).isEqualTo(c.creditCode());
        assertThat(d.get("reg_no").asString()).isEqualTo(c.regNo());
        assertThat(d.get("oper_name").asString()).isEqualTo(c.legalPerson());
        assertThat(d.get("regist_capi").asString()).isEqualTo(c.capitalAmount() + "万" + c.currency());
        assertThat(d.get("start_date").asString()).isEqualTo(c.establishedOn().toString()).matches("\\d{4}-\\d\\d-\\d\\d");
        assertThat(d.get("term_end").asString()).isEqualTo(c.termEnd().toString());
        assertThat(d.get("province").asString()).isEqualTo(c.region().abbr());
        assertThat(d.get("belong_org").asString()).isEqualTo(c.belongOrg());
        assertThat(client.qixin(BASIC, params("keyword", c.regNo())).json().get("data")).isEqualTo(d);
        assertThat(client.qixin(BASIC, params("keyword", c.creditCode())).json().get("data")).isEqualTo(d);
        assertStatus(client.qixin(BASIC, params("keyword", "查无此企业有限公司")).json(), "201", "查询无结果");
        assertStatus(client.qixin(BASIC, params()).json(), "208", "参数名错误或参数为空");
    }

    @Test
    void everyStatusCanBeForced() {
        String appkey = newKey("qixin", "qx-codes");
        String[][] table = {{"201", "查询无结果"}, {"205", "超过最大查询数量"}, {"206", "跳过条数超过最大数"},
                {"207", "查询错误，请联系技术人员"}, {"208", "参数名错误或参数为空"}, {"209", "接口查询异常，请联系技术人员"},
                {"213", "调用次数超过今日额度限制"}, {"101", "AppKey无效"}, {"102", "账户余额不足"}, {"103", "AppKey被停用"},
                {"104", "未添加IP白名单"}, {"105", "未授权调用该接口"}, {"109", "接口被停用"}, {"113", "账户未激活"}};
        for (String[] row : table) {
            client.post("/sandbox/admin/faults", "{\"provider\":\"qixin\",\"key\":\"" + appkey
                    + "\",\"endpoint\":\"APIService/enterprise/getBasicInfo\",\"type\":\"BODY_CODE\",\"code\":\"" + row[0] + "\",\"times\":1}");
            JsonNode r = client.qixin(BASIC, appkey, "qx-codes", params("keyword", data.get(2).name())).json();
            assertStatus(r, row[0], row[1]);
            assertThat(r.get("data").isNull()).isTrue();
        }
        assertStatus(client.qixin(BASIC, appkey, "qx-codes", params("keyword", data.get(2).name())).json(), "200", "查询成功");
    }
}
