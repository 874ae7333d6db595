package io.qike.sandbox.qichacha;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.qike.sandbox.control.Provider;
import io.qike.sandbox.control.ProviderDialect;

import org.springframework.stereotype.Component;

/**
 * 企查查's status codes and envelopes. Messages are the status tables of Qichacha's own API
 * documents (客户查询 V1.0 and 合作关系挖掘). Both documents write "小于 2" with a space, so it stays;
 * the space after 】 and after "，" appears in one document only and not in its JSON sample, so it goes.
 */
@Component("registryQichachaDialect")
public class QichachaDialect implements ProviderDialect {

    static final String PARTNERSHIP = "api/corp/correlation/findPartnershipRelation";

    private static final Map<String, String> CODES = new LinkedHashMap<>();

    static {
        String valid = "【有效请求】";
        String invalid = "【无效请求】";
        CODES.put("200", valid + "查询成功");
        CODES.put("201", valid + "查询无结果");
        CODES.put("202", valid + "查询参数错误，请检查");
        CODES.put("205", valid + "等待处理中");
        CODES.put("207", valid + "请求数据的条目数超过上限（5000）");
        CODES.put("208", valid + "此接口不支持此公司类型查询");
        CODES.put("209", valid + "企业数量超过上限");
        CODES.put("213", valid + "参数长度不能小于 2");
        CODES.put("215", valid + "不支持的查询关键字");
        CODES.put("218", valid + "该企业暂不支持空壳扫描");
        CODES.put("219", valid + "该企业暂不支持准入尽调");
        CODES.put("105", valid + "接口已下线停用");
        CODES.put("110", valid + "当前相同查询连续出错，请等 2 小时后重试");
        CODES.put("101", invalid + "当前的KEY无效或者还未生效中");
        CODES.put("102", invalid + "当前KEY已欠费");
        CODES.put("103", invalid + "当前KEY被暂停使用");
        CODES.put("104", invalid + "请求KEY异常，请联系管理员");
        CODES.put("106", invalid + "非法请求过多，请联系管理员");
        CODES.put("107", invalid + "被禁止的IP或者签名错误");
        CODES.put("108", invalid + "异常请求过多，请联系管理员");
        CODES.put("109", invalid + "请求超过每日系统限制");
        CODES.put("111", invalid + "接口权限未开通，请联系管理员");
        CODES.put("112", invalid + "您的账号剩余使用量已不足或已过期");
        CODES.put("113", invalid + "当前接口已被删除，请重新申请");
        CODES.put("114", invalid + "当前接口已被禁用，请联系管理员");
        CODES.put("115", invalid + "身份验证错误或者已过期");
        CODES.put("116", invalid + "请求超过每日调用总量限制");
        CODES.put("117", invalid + "当前不支持的请求参数调用量过多");
        CODES.put("118", invalid + "当前接口不支持此方式的调用");
        CODES.put("119", invalid + "您的帐号出现异常，请联系管理员");
        CODES.put("120", invalid + "系统流量异常，请稍后再试");
        CODES.put("121", invalid + "数据不能出境");
        CODES.put("199", invalid + "系统未知错误，请联系技术客服");
        CODES.put("203", invalid + "系统查询有异常，请联系技术人员");
        CODES.put("214", invalid + "您还未购买过该接口，请先购买");
        CODES.put("223", invalid + "当前接口的计费方式不支持此查询参数");
        CODES.put("224", invalid + "查询参数无效");
        CODES.put("500", invalid + "接口相关的逻辑错误");
    }

    private static final DateTimeFormatter ORDER_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    @Override
    public Provider provider() {
        return Provider.QICHACHA;
    }

    @Override
    public Map<String, String> codes() {
        return CODES;
    }

    static String message(String code) {
        return CODES.getOrDefault(code, "");
    }

    @Override
    public String successCode() {
        return "200";
    }

    @Override
    public String dailyLimitCode() {
        return "116";
    }

    @Override
    public String providerDailyLimitCode() {
        return "109";
    }

    @Override
    public String qpsLimitCode() {
        return "120";
    }

    @Override
    public Object errorBody(String endpoint, String key, String code) {
        if (endpoint.equals(PARTNERSHIP)) {
            return partnershipEnvelope(code, null);
        }
        return envelope(endpoint, code, null, null);
    }

    /** {Status, Message, OrderNumber, Paging?, Result}; only 【有效请求】 answers get an order number. */
    static Map<String, Object> envelope(String endpoint, String code, Map<String, Object> paging, Object result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Status", code);
        body.put("Message", message(code));
        body.put("OrderNumber", message(code).startsWith("【有效请求】") ? orderNumber(endpoint) : null);
        if (paging != null) {
            body.put("Paging", paging);
        }
        body.put("Result", result);
        return body;
    }

    /** The lower-case envelope of the 合作关系挖掘 API: {status, msg, result}. */
    static Map<String, Object> partnershipEnvelope(String code, Object result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", code);
        body.put("msg", message(code));
        body.put("result", result);
        return body;
    }

    static Map<String, Object> paging(int pageSize, int pageIndex, int totalRecords) {
        Map<String, Object> paging = new LinkedHashMap<>();
        paging.put("PageSize", pageSize);
        paging.put("PageIndex", pageIndex);
        paging.put("TotalRecords", totalRecords);
        return paging;
    }

    /** API prefix + time to the second + 8 digits, like "CUSTOMER2019103015270721852048". */
    static String orderNumber(String endpoint) {
        String prefix = switch (endpoint) {
            case "FuzzySearch/GetList" -> "FUZZYSEARCH";
            case "ECIV4/GetBasicDetailsByName" -> "ECIV4";
            case "api/yj/Customer/GetList" -> "CUSTOMER";
            default -> "QCC";
        };
        return prefix + LocalDateTime.now(ZoneId.of("Asia/Shanghai")).format(ORDER_TIME)
                + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
