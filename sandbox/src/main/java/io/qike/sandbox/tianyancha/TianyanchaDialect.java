package io.qike.sandbox.tianyancha;

import java.util.LinkedHashMap;
import java.util.Map;

import io.qike.sandbox.control.Provider;
import io.qike.sandbox.control.ProviderDialect;

import org.springframework.stereotype.Component;

/**
 * 天眼查's error_code table (from public client code; the exact reason texts of error answers are
 * not published, so the table's labels are used) and its {result, reason, error_code} envelope.
 */
@Component("registryTianyanchaDialect")
public class TianyanchaDialect implements ProviderDialect {

    private static final Map<String, String> CODES = new LinkedHashMap<>();

    static {
        CODES.put("0", "ok");
        CODES.put("300000", "无数据");
        CODES.put("300001", "请求失败");
        CODES.put("300002", "账号失效");
        CODES.put("300003", "账号过期");
        CODES.put("300004", "访问频率过快");
        CODES.put("300005", "无权限访问此api");
        CODES.put("300006", "余额不足");
        CODES.put("300007", "剩余次数不足");
        CODES.put("300008", "缺少必要参数");
        CODES.put("300009", "账号信息有误");
        CODES.put("300010", "URL不存在");
        CODES.put("300011", "此IP无权限访问此api");
        CODES.put("300012", "报告生成中");
    }

    @Override
    public Provider provider() {
        return Provider.TIANYANCHA;
    }

    @Override
    public Map<String, String> codes() {
        return CODES;
    }

    @Override
    public String successCode() {
        return "0";
    }

    @Override
    public String dailyLimitCode() {
        return "300007";
    }

    @Override
    public String providerDailyLimitCode() {
        return "300007";
    }

    @Override
    public String qpsLimitCode() {
        return "300004";
    }

    @Override
    public Object errorBody(String endpoint, String key, String code) {
        return envelope(code, null);
    }

    /** {result, reason, error_code}; error_code is a JSON number. */
    static Map<String, Object> envelope(String code, Object result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", result);
        body.put("reason", CODES.getOrDefault(code, ""));
        body.put("error_code", Integer.parseInt(code));
        return body;
    }
}
