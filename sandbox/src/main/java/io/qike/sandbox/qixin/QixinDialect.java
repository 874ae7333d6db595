package io.qike.sandbox.qixin;

import java.util.LinkedHashMap;
import java.util.Map;

import io.qike.sandbox.control.Provider;
import io.qike.sandbox.control.ProviderDialect;

import org.springframework.stereotype.Component;

/**
 * 启信宝's status table (two independent client enums agree on it; 104's text is the one the
 * server was seen to send) and its {status, message, data} envelope with status as a string.
 */
@Component("registryQixinDialect")
public class QixinDialect implements ProviderDialect {

    private static final Map<String, String> CODES = new LinkedHashMap<>();

    static {
        CODES.put("200", "查询成功");
        CODES.put("201", "查询无结果");
        CODES.put("205", "超过最大查询数量");
        CODES.put("206", "跳过条数超过最大数");
        CODES.put("207", "查询错误，请联系技术人员");
        CODES.put("208", "参数名错误或参数为空");
        CODES.put("209", "接口查询异常，请联系技术人员");
        CODES.put("213", "调用次数超过今日额度限制");
        CODES.put("101", "AppKey无效");
        CODES.put("102", "账户余额不足");
        CODES.put("103", "AppKey被停用");
        CODES.put("104", "未添加IP白名单");
        CODES.put("105", "未授权调用该接口");
        CODES.put("109", "接口被停用");
        CODES.put("113", "账户未激活");
    }

    @Override
    public Provider provider() {
        return Provider.QIXIN;
    }

    @Override
    public Map<String, String> codes() {
        return CODES;
    }

    @Override
    public String successCode() {
        return "200";
    }

    @Override
    public String dailyLimitCode() {
        return "213";
    }

    @Override
    public String providerDailyLimitCode() {
        return "213";
    }

    /** 启信宝 publishes no rate-limit code; 205 (超过最大查询数量) is the nearest in its table. */
    @Override
    public String qpsLimitCode() {
        return "205";
    }

    @Override
    public Object errorBody(String endpoint, String key, String code) {
        return envelope(code, null);
    }

    static Map<String, Object> envelope(String code, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", code);
        body.put("message", CODES.getOrDefault(code, ""));
        body.put("data", data);
        return body;
    }
}
