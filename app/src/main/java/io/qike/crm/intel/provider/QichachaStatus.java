package io.qike.crm.intel.provider;

import io.qike.crm.integration.CodeMessage;
import java.util.List;
import java.util.Set;

/**
 * The status codes of 企查查's 客户查询 and 合作关系挖掘 documents (both tables) and what each means to Qike.
 * The clear messages are bundle keys ({@code intel.qcc.code.<code>}), resolved in the user's language by the
 * integration centre; the provider's own text is always kept next to them.
 */
public final class QichachaStatus {
    /** What Qike does with a code. */
    public enum Kind {
        /** 200. */
        SUCCESS,
        /** 201 查询无结果: an empty result, not an error. */
        EMPTY,
        /** 205 等待处理中, 120 系统流量异常: ask again later, with back-off. */
        BUSY,
        /** 209 企业数量超过上限: our plan never sends more than 20 names, so this is a bug of ours. */
        PLAN_VIOLATION,
        /** 213 参数长度不能小于 2: a validation message on the input. */
        TOO_SHORT,
        /** Everything else: an error for the administrator, with the provider's message. */
        ERROR
    }

    /** Every code of the two documents' tables. */
    public static final List<String> CODES = List.of("200", "201", "202", "205", "207", "208", "209", "213", "215", "218",
            "219", "105", "110", "101", "102", "103", "104", "106", "107", "108", "109", "111", "112", "113", "114", "115",
            "116", "117", "118", "119", "120", "121", "199", "203", "214", "223", "500");

    private static final Set<String> BUSY = Set.of("205", "120");

    private QichachaStatus() {
    }

    public static Kind kind(String code) {
        if (code == null) return Kind.ERROR;
        return switch (code) {
            case "200" -> Kind.SUCCESS;
            case "201" -> Kind.EMPTY;
            case "209" -> Kind.PLAN_VIOLATION;
            case "213" -> Kind.TOO_SHORT;
            default -> BUSY.contains(code) ? Kind.BUSY : Kind.ERROR;
        };
    }

    /** The codes' clear messages for the preset's interfaces; busy codes are retried by the integration centre. */
    public static List<CodeMessage> messages() {
        return CODES.stream().filter(c -> !c.equals("200"))
                .map(c -> new CodeMessage(c, "intel.qcc.code." + c, BUSY.contains(c))).toList();
    }
}
