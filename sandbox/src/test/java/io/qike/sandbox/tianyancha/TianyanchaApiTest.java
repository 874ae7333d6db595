package io.qike.sandbox.tianyancha;

import static io.qike.sandbox.support.SandboxClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import io.qike.sandbox.data.Company;
import io.qike.sandbox.support.SandboxHttpSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** 天眼查 search/2.0, ic/baseinfo/normal and ic/baseinfoV2/2.0 over HTTP. */
class TianyanchaApiTest extends SandboxHttpSupport {

    private static final String SEARCH = "/services/open/search/2.0";
    private static final String NORMAL = "/services/open/ic/baseinfo/normal";
    private static final String V2 = "/services/open/ic/baseinfoV2/2.0";

    private static void assertCode(JsonNode r, int code, String reason) {
        assertThat(r.get("error_code").isIntegralNumber()).isTrue();
        assertThat(r.get("error_code").asInt()).isEqualTo(code);
        assertThat(r.get("reason").asString()).isEqualTo(reason);
    }

    @Test
    void rawTokenOnlyInAuthorization() {
        assertCode(client.tianyancha(SEARCH, params("word", "科技")).json(), 0, "ok");
        assertCode(client.tianyancha(SEARCH, null, params("word", "科技")).json(), 300009, "账号信息有误");
        assertCode(client.tianyancha(SEARCH, "Bearer demo-tyc-token", params("word", "科技")).json(), 300009, "账号信息有误");
        assertCode(client.tianyancha(SEARCH, "wrong-token", params("word", "科技")).json(), 300009, "账号信息有误");
        assertThat(client.tianyancha(SEARCH, "wrong-token", params("word", "科技")).json().get("result").isNull()).isTrue();
    }

    @Test
    void searchItemsAndPaging() {
        Company c = first(x -> x.name().contains("（"));
        JsonNode r = client.tianyancha(SEARCH, params("word", c.name(), "pageNum", "1", "pageSize", "20")).json();
        assertCode(r, 0, "ok");
        JsonNode item = r.get("result").get("items").get(0);
        assertThat(item.get("name").asString()).isEqualTo(c.name());
        assertThat(item.get("id").asLong()).isEqualTo(c.tianyanchaId());
        assertThat(item.get("estiblishTime").isString()).isTrue();
        assertThat(item.get("estiblishTime").asString()).isEqualTo(c.establishedOn() + " 00:00:00.0");
        assertThat(item.get("creditCode").asString()).isEqualTo(c.creditCode());
        assertThat(item.get("regCapital").asString()).isEqualTo(c.capitalAmount() + "万" + c.currency());
        assertThat(item.get("base").asString()).isEqualTo(c.region().abbr().toLowerCase());

        JsonNode page = client.tianyancha(SEARCH, params("word", "电子", "pageNum", "2", "pageSize", "5")).json();
        assertThat(page.get("result").get("total").asInt()).isEqualTo(data.search("电子").size());
        assertThat(page.get("result").get("items").size()).isEqualTo(5);
        assertThat(page.get("result").get("items").get(0).get("name").asString()).isEqualTo(data.search("电子").get(5).name());
        assertThat(client.tianyancha(SEARCH, params("word", "电子")).json().get("result").get("items").size()).isEqualTo(20);
    }

    @Test
    void searchParameterErrorsAndNoData() {
        assertCode(client.tianyancha(SEARCH, params("word", "电子", "pageSize", "21")).json(), 300001, "请求失败");
        assertCode(client.tianyancha(SEARCH, params("word", "电子", "pageNum", "0")).json(), 300001, "请求失败");
        assertCode(client.tianyancha(SEARCH, params()).json(), 300008, "缺少必要参数");
        assertCode(client.tianyancha(SEARCH, params("keyword", "电子")).json(), 300008, "缺少必要参数");
        JsonNode none = client.tianyancha(SEARCH, params("word", "查无此企业")).json();
        assertCode(none, 300000, "无数据");
        assertThat(none.get("result").isNull()).isTrue();
        assertCode(client.tianyancha(SEARCH, params("word", "电子", "pageNum", "9999")).json(), 300000, "无数据");
    }

    @Test
    void baseInfoHasMillisecondDatesAndNoContacts() {
        Company c = first(x -> !x.formerNames().isEmpty());
        JsonNode r = client.tianyancha(NORMAL, params("keyword", c.name())).json();
        assertCode(r, 0, "ok");
        JsonNode d = r.get("result");
        assertThat(d.get("estiblishTime").isIntegralNumber()).isTrue();
        assertThat(d.get("estiblishTime").asLong())
                .isEqualTo(c.establishedOn().atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli());
        assertThat(d.get("creditCode").asString()).isEqualTo(c.creditCode());
        assertThat(d.get("regCapitalCurrency").asString()).isEqualTo(c.currency());
        assertThat(d.get("historyNames").asString()).isEqualTo(String.join(";", c.historyNames()));
        assertThat(d.get("legalPersonName").asString()).isEqualTo(c.legalPerson());
        assertThat(d.has("phoneNumber")).isFalse();
        assertThat(client.tianyancha(NORMAL, params("keyword", c.creditCode())).json().get("result")).isEqualTo(d);
        assertThat(client.tianyancha(NORMAL, params("keyword", String.valueOf(c.tianyanchaId()))).json().get("result")).isEqualTo(d);
        assertCode(client.tianyancha(NORMAL, params("keyword", "查无此企业有限公司")).json(), 300000, "无数据");
        assertCode(client.tianyancha(NORMAL, params()).json(), 300008, "缺少必要参数");
    }

    @Test
    void baseInfoV2AddsContacts() {
        Company c = first(x -> x.website() != null && x.email() != null);
        JsonNode d = client.tianyancha(V2, params("keyword", c.creditCode())).json().get("result");
        assertThat(d.get("phoneNumber").asString()).isEqualTo(c.phone());
        assertThat(d.get("email").asString()).isEqualTo(c.email());
        assertThat(d.get("websiteList").asString()).isEqualTo(c.website());
        assertThat(d.get("name").asString()).isEqualTo(c.name());
    }

    @Test
    void unknownApiIs300010() {
        assertCode(client.tianyancha("/services/open/ic/nothing/2.0", params("keyword", "x")).json(), 300010, "URL不存在");
    }

    @Test
    void everyErrorCodeCanBeForced() {
        String token = newKey("tianyancha", null);
        String[][] table = {{"300000", "无数据"}, {"300001", "请求失败"}, {"300002", "账号失效"}, {"300003", "账号过期"},
                {"300004", "访问频率过快"}, {"300005", "无权限访问此api"}, {"300006", "余额不足"}, {"300007", "剩余次数不足"},
                {"300008", "缺少必要参数"}, {"300009", "账号信息有误"}, {"300010", "URL不存在"},
                {"300011", "此IP无权限访问此api"}, {"300012", "报告生成中"}};
        for (String[] row : table) {
            client.post("/sandbox/admin/faults", "{\"provider\":\"tianyancha\",\"key\":\"" + token
                    + "\",\"endpoint\":\"services/open/ic/baseinfo/normal\",\"type\":\"BODY_CODE\",\"code\":" + row[0] + ",\"times\":1}");
            JsonNode r = client.tianyancha(NORMAL, token, params("keyword", data.get(1).name())).json();
            assertCode(r, Integer.parseInt(row[0]), row[1]);
            assertThat(r.get("result").isNull()).isTrue();
        }
        assertCode(client.tianyancha(NORMAL, token, params("keyword", data.get(1).name())).json(), 0, "ok");
    }
}
