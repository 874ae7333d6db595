package io.qike.crm.registry.preset;

import io.qike.crm.integration.CodeMessage;
import io.qike.crm.registry.RegistryProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full answer-code tables of the three providers, from 企查查's own documents (客户查询 V1.0,
 * 合作关系挖掘) and the public clients listed in the provider reference. Each code has a message in
 * the {@code i18n/registry} bundle ({@code registry.code.<provider>.<code>}), a kind that decides
 * whether the fallback provider is asked, and a retryable flag for the integration centre's retries
 * (rate limits and "system busy" only: an invalid key or arrears never gets better by retrying).
 */
public final class ProviderCodes {
    /** One code of a provider's table. */
    public record Code(String code, CodeKind kind, boolean retryable) {
    }

    private static final Map<RegistryProvider, Map<String, Code>> TABLES = Map.of(
            RegistryProvider.QICHACHA, table(
                    "200:SUCCESS", "201:EMPTY", "202:SOFT", "205:TRANSIENT", "207:SOFT", "208:SOFT", "209:SOFT", "213:SOFT",
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
        return TABLES.get(provider).values().stream().map(c -> new CodeMessage(c.code(), messageKey(provider, c.code()), c.retryable())).toList();
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
