package io.qike.sandbox.qichacha;

import static io.qike.sandbox.support.SandboxClient.params;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import io.qike.sandbox.support.SandboxHttpSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Every status code of 企查查's two status tables can be forced, with the documented message. */
class QichachaStatusCodesTest extends SandboxHttpSupport {

    /** Transcribed from the status tables of 客户查询 V1.0 and 合作关系挖掘 (seed documents 002 and 003). */
    static final Map<String, String> DOCUMENTED = new LinkedHashMap<>();

    static {
        String v = "【有效请求】";
        String x = "【无效请求】";
        DOCUMENTED.put("201", v + "查询无结果");
        DOCUMENTED.put("202", v + "查询参数错误，请检查");
        DOCUMENTED.put("205", v + "等待处理中");
        DOCUMENTED.put("207", v + "请求数据的条目数超过上限（5000）");
        DOCUMENTED.put("208", v + "此接口不支持此公司类型查询");
        DOCUMENTED.put("209", v + "企业数量超过上限");
        DOCUMENTED.put("213", v + "参数长度不能小于 2");
        DOCUMENTED.put("215", v + "不支持的查询关键字");
        DOCUMENTED.put("218", v + "该企业暂不支持空壳扫描");
        DOCUMENTED.put("219", v + "该企业暂不支持准入尽调");
        DOCUMENTED.put("105", v + "接口已下线停用");
        DOCUMENTED.put("110", v + "当前相同查询连续出错，请等 2 小时后重试");
        DOCUMENTED.put("101", x + "当前的KEY无效或者还未生效中");
        DOCUMENTED.put("102", x + "当前KEY已欠费");
        DOCUMENTED.put("103", x + "当前KEY被暂停使用");
        DOCUMENTED.put("104", x + "请求KEY异常，请联系管理员");
        DOCUMENTED.put("106", x + "非法请求过多，请联系管理员");
        DOCUMENTED.put("107", x + "被禁止的IP或者签名错误");
        DOCUMENTED.put("108", x + "异常请求过多，请联系管理员");
        DOCUMENTED.put("109", x + "请求超过每日系统限制");
        DOCUMENTED.put("111", x + "接口权限未开通，请联系管理员");
        DOCUMENTED.put("112", x + "您的账号剩余使用量已不足或已过期");
        DOCUMENTED.put("113", x + "当前接口已被删除，请重新申请");
        DOCUMENTED.put("114", x + "当前接口已被禁用，请联系管理员");
        DOCUMENTED.put("115", x + "身份验证错误或者已过期");
        DOCUMENTED.put("116", x + "请求超过每日调用总量限制");
        DOCUMENTED.put("117", x + "当前不支持的请求参数调用量过多");
        DOCUMENTED.put("118", x + "当前接口不支持此方式的调用");
        DOCUMENTED.put("119", x + "您的帐号出现异常，请联系管理员");
        DOCUMENTED.put("120", x + "系统流量异常，请稍后再试");
        DOCUMENTED.put("121", x + "数据不能出境");
        DOCUMENTED.put("199", x + "系统未知错误，请联系技术客服");
        DOCUMENTED.put("203", x + "系统查询有异常，请联系技术人员");
        DOCUMENTED.put("214", x + "您还未购买过该接口，请先购买");
        DOCUMENTED.put("223", x + "当前接口的计费方式不支持此查询参数");
        // Not in the two seed tables but in the registry API's list (shared/reference): 224 查询参数无效.
        DOCUMENTED.put("224", x + "查询参数无效");
        DOCUMENTED.put("500", x + "接口相关的逻辑错误");
    }

    private void force(String key, String endpoint, String code) {
        String body = "{\"provider\":\"qichacha\",\"key\":\"" + key + "\",\"endpoint\":\"" + endpoint
                + "\",\"type\":\"BODY_CODE\",\"code\":\"" + code + "\",\"times\":1}";
        assertThat(client.post("/sandbox/admin/faults", body).status()).isEqualTo(201);
    }

    @Test
    void everyDocumentedCodeCanBeForcedOnEveryEnvelope() {
        String key = newKey("qichacha", "codes-secret", null, 0); // 72 quick calls: no QPS limit
        DOCUMENTED.forEach((code, message) -> {
            force(key, "FuzzySearch/GetList", code);
            JsonNode r = client.qichacha("/FuzzySearch/GetList", key, "codes-secret", params("searchKey", "科技")).json();
            assertThat(r.get("Status").asString()).isEqualTo(code);
            assertThat(r.get("Message").asString()).isEqualTo(message);
            assertThat(r.get("Result").isNull()).isTrue();
            assertThat(r.get("OrderNumber").isNull()).as(code).isEqualTo(message.startsWith("【无效请求】"));

            force(key, "api/corp/correlation/findPartnershipRelation", code);
            JsonNode p = client.qichacha("/api/corp/correlation/findPartnershipRelation", key, "codes-secret",
                    params("companyNames", "甲乙科技有限公司,丙丁贸易有限公司")).json();
            assertThat(p.get("status").asString()).isEqualTo(code);
            assertThat(p.get("msg").asString()).isEqualTo(message);
        });
        // each fault was for one call only
        assertThat(client.qichacha("/FuzzySearch/GetList", key, "codes-secret", params("searchKey", "科技"))
                .json().get("Status").asString()).isEqualTo("200");
    }

    @Test
    void theCodeTableIsExactlyTheDocumentedOne() {
        JsonNode codes = client.get("/sandbox/admin/codes/qichacha").json();
        Map<String, String> served = new LinkedHashMap<>();
        codes.properties().forEach(e -> served.put(e.getKey(), e.getValue().asString()));
        Map<String, String> expected = new LinkedHashMap<>(DOCUMENTED);
        expected.put("200", "【有效请求】查询成功");
        assertThat(served).isEqualTo(expected);
    }

    @Test
    void unknownOrSuccessCodesCannotBeForced() {
        String tpl = "{\"provider\":\"qichacha\",\"type\":\"BODY_CODE\",\"code\":\"%s\"}";
        assertThat(client.post("/sandbox/admin/faults", tpl.formatted("999")).status()).isEqualTo(400);
        assertThat(client.post("/sandbox/admin/faults", tpl.formatted("200")).status()).isEqualTo(400);
        assertThat(client.post("/sandbox/admin/faults", tpl.formatted("300000")).status()).isEqualTo(400);
    }
}
