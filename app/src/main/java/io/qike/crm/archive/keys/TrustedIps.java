package io.qike.crm.archive.keys;

import io.qike.crm.platform.validation.Checks;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** 可信IP地址 as WeCom takes them: IPv4 or IPv6 literals, or CIDR ranges of them. Never resolves a host name. */
final class TrustedIps {
    static final int MAX = 50;
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern PREFIX = Pattern.compile("\\d{1,3}");

    private TrustedIps() {
    }

    /** The entries trimmed, blank ones and repeats left out; each wrong one is a field problem naming it. */
    static List<String> check(Checks checks, String field, List<String> values) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v == null || v.isBlank()) continue;
            String t = v.trim();
            if (!valid(t)) checks.add(field, "ip_address", t);
            out.add(t);
        }
        if (out.size() > MAX) checks.add(field, "too_many", MAX);
        return new ArrayList<>(out);
    }

    static boolean valid(String value) {
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        int max;
        if (IPV4.matcher(address).matches()) max = 32;
        else if (address.contains(":") && IPV6_CHARS.matcher(address).matches() && ipv6(address)) max = 128;
        else return false;
        if (slash < 0) return true;
        String prefix = value.substring(slash + 1);
        return PREFIX.matcher(prefix).matches() && Integer.parseInt(prefix) <= max;
    }

    private static boolean ipv6(String literal) {
        try {
            // A literal with ':' is parsed, never looked up.
            return InetAddress.getByName(literal).getAddress().length == 16;
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }
}
