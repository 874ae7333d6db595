package io.qike.crm.wecom;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a WeCom errcode means for an administrator: a message key and a "what to do" key, in the words of the
 * product document's 常见问题. Branches on errcode only; the errmsg is read just for the address WeCom saw (60020).
 */
public final class WecomErrors {
    /** An errcode explained: {@code messageKey} and {@code actionKey} resolve in the bundles; {@code args} fill them. */
    public record Advice(int errcode, String messageKey, String actionKey, Object... args) {
    }

    private static final Pattern FROM_IP = Pattern.compile("from ip:\\s*([0-9a-fA-F:.]+)");
    private static final Map<Integer, String> KNOWN = Map.ofEntries(
            Map.entry(40001, "secret"), Map.entry(40013, "corp"), Map.entry(40091, "foreign"), Map.entry(60020, "ip"),
            Map.entry(48002, "forbidden"), Map.entry(41004, "secret"), Map.entry(40014, "token"), Map.entry(42001, "token"),
            Map.entry(40056, "agent"), Map.entry(60011, "range"), Map.entry(50001, "domain"), Map.entry(-1, "busy"),
            Map.entry(45009, "busy"));

    private WecomErrors() {
    }

    public static Advice of(int errcode, String errmsg) {
        String name = KNOWN.getOrDefault(errcode, "other");
        if (errcode == 60020) {
            return new Advice(errcode, "wecom.error.ip", "wecom.error.ip.action", ipSeen(errmsg));
        }
        return new Advice(errcode, "wecom.error." + name, "wecom.error." + name + ".action", errcode);
    }

    /** The address WeCom saw, from its errmsg ("... from ip: 1.2.3.4, more info ..."), or "?" when absent. */
    public static String ipSeen(String errmsg) {
        if (errmsg == null) return "?";
        Matcher m = FROM_IP.matcher(errmsg);
        return m.find() ? m.group(1).replaceAll("[.,]+$", "") : "?";
    }

    /** No answer from WeCom at all (network, DNS, a base URL that is not WeCom's). */
    public static Advice unreachable(String baseUrl) {
        return new Advice(0, "wecom.error.unreachable", "wecom.error.unreachable.action", baseUrl);
    }
}
