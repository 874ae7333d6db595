package io.qike.crm.registry;

import io.qike.crm.integration.CodeMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full answer-code tables of the three providers, from 企查查's own documents (客户查询 V1.0,
 * 合作关系挖掘) and the public clients listed in the provider reference: the one place Qike knows what
 * a provider's code means, for the registry's lookups and for relationship intelligence alike. Each
 * code has one message in the {@code i18n/registry} bundle ({@code registry.code.<provider>.<code>}),
 * a kind that decides whether the fallback provider is asked, and a retryable flag: the codes that say
 * "busy, ask again shortly" (企查查 205 等待处理中, 120 系统流量异常, 122 over the concurrency limit), which
 * the integration centre retries and intel's runs back off from. A code that names a wait in hours
 * (110 请等 2 小时后重试) or a broken provider system (199, 203, 500) is TRANSIENT for the fallback but
 * not retryable: asking again within the minute never helps. An invalid key or arrears is HARD.
 */
public final class ProviderCodes {
    /** 企查查's "parameter shorter than 2" (a SOFT code that intel shows as a validation message). */
    public static final String QICHACHA_TOO_SHORT = "213";
    /** 企查查's "too many companies" (SOFT; intel's plans never send more than 20 names, so for intel it is our bug). */
    public static final String QICHACHA_TOO_MANY_COMPANIES = "209";
    /**
     * The codes that 企查查's 客户查询 and 合作关系挖掘 documents list (the relationship interfaces): the
     * lookup interfaces' table less 122 and 224, which only the registry's interfaces answer.
     */
    public static final List<String> QICHACHA_RELATION_CODES = List.of("201", "202", "205", "207", "208", "209", "213", "215",
            "218", "219", "105", "110", "101", "102", "103", "104", "106", "107", "108", "109", "111", "112", "113", "114", "115",
            "116", "117", "118", "119", "120", "121", "199", "203", "214", "223", "500");

    /** One code of a provider's table. */
    public record Code(String code, CodeKind kind, boolean retryable) {
    }

    private static final Map<RegistryProvider, Map<String, Code>> TABLES = Map.of(
            RegistryProvider.QICHACHA, table(
                    "200:SUCCESS", "201:EMPTY", "202:SOFT", "205:RETRY", "207:SOFT", "208:SOFT", "209:SOFT", "213:SOFT",
                    "215:SOFT", "218:SOFT", "219:SOFT", "223:SOFT", "224:SOFT", "105:HARD", "110:TRANSIENT",
                    "101:HARD", "102:HARD", "103:HARD", "104:HARD", "106:HARD", "107:HARD", "108:HARD", "109:HARD",
                    "111:HARD", "112:HARD", "113:HARD", "114:HARD", "115:HARD", "116:HARD", "117:HARD", "118:HARD",
                    "119:HARD", "120:RETRY", "121:HARD", "122:RETRY", "199:TRANSIENT", "203:TRANSIENT",
                    "214:HARD", "500:TRANSIENT"),
            RegistryProvider.TIANYANCHA, table(
                    "0:SUCCESS", "300000:EMPTY", "300001:RETRY", "300002:HARD", "300003:HARD", "300004:RETRY",
                    "300005:HARD", "300006:HARD", "300007:HARD", "300008:SOFT", "300009:HARD", "300010:HARD",
                    "300011:HARD", "300012:TRANSIENT"),
            RegistryProvider.QIXIN, table(
                    "200:SUCCESS", "201:EMPTY", "205:RETRY", "206:SOFT", "207:TRANSIENT", "208:SOFT", "209:TRANSIENT",
                    "213:HARD", "101:HARD", "102:HARD", "103:HARD", "104:HARD", "105:HARD", "109:HARD", "113:HARD"));

    private ProviderCodes() {
    }

    /** The code's entry, or null for a code the tables do not know. */
    public static Code find(RegistryProvider provider, String code) {
        return code == null ? null : TABLES.get(provider).get(code.trim());
    }

    /** Unknown failures count as HARD: the provider answered something we cannot use, so another provider may help. */
    public static CodeKind kindOf(RegistryProvider provider, String code) {
        Code c = find(provider, code);
        return c == null ? CodeKind.HARD : c.kind();
    }

    public static String messageKey(RegistryProvider provider, String code) {
        return "registry.code." + provider.code() + "." + code;
    }

    /** The success code in the provider's envelope ("200" or 0). */
    public static String successCode(RegistryProvider provider) {
        return provider == RegistryProvider.TIANYANCHA ? "0" : "200";
    }

    /** The "no result" code. */
    public static String emptyCode(RegistryProvider provider) {
        return TABLES.get(provider).values().stream().filter(c -> c.kind() == CodeKind.EMPTY).findFirst().orElseThrow().code();
    }

    /** Every code but success, as the interfaces' code tables (成功失败 → 状态码说明). */
    public static List<CodeMessage> codeMessages(RegistryProvider provider) {
        return TABLES.get(provider).values().stream().map(c -> codeMessage(provider, c)).toList();
    }

    /** The named codes only, for an interface whose document lists fewer codes than the provider's table. */
    public static List<CodeMessage> codeMessages(RegistryProvider provider, List<String> codes) {
        return codes.stream().map(code -> codeMessage(provider, TABLES.get(provider).get(code))).toList();
    }

    private static CodeMessage codeMessage(RegistryProvider provider, Code c) {
        return new CodeMessage(c.code(), messageKey(provider, c.code()), c.retryable());
    }

    public static List<Code> all(RegistryProvider provider) {
        return List.copyOf(TABLES.get(provider).values());
    }

    /** "code:KIND" entries; SUCCESS has no kind, RETRY is a retryable TRANSIENT. */
    private static Map<String, Code> table(String... entries) {
        Map<String, Code> m = new LinkedHashMap<>();
        for (String e : entries) {
            String[] p = e.split(":");
            if (p[1].equals("SUCCESS")) continue;
            boolean retry = p[1].equals("RETRY");
            m.put(p[0], new Code(p[0], retry ? CodeKind.TRANSIENT : CodeKind.valueOf(p[1]), retry));
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
