package io.qike.sandbox.wecom.core;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Matches a caller address against allow-list entries: single addresses ("10.1.2.3", "::1") or CIDR
 * ranges ("127.0.0.0/8"). Addresses are compared as bytes so "::1" and "0:0:0:0:0:0:0:1" are equal.
 */
public final class IpRules {
    private IpRules() {
    }

    public static boolean allowed(List<String> rules, String ip) {
        for (String rule : rules) {
            if (matches(rule.trim(), ip)) {
                return true;
            }
        }
        return false;
    }

    /** Throws IllegalArgumentException for an entry that is neither an address nor a CIDR range. */
    public static void validate(String rule) {
        String[] parts = rule.trim().split("/", 2);
        byte[] addr = literal(parts[0]);
        if (addr == null) {
            throw new IllegalArgumentException("not an IP address or CIDR range: " + rule);
        }
        if (parts.length == 2) {
            int bits = Integer.parseInt(parts[1]);
            if (bits < 0 || bits > addr.length * 8) {
                throw new IllegalArgumentException("bad prefix length: " + rule);
            }
        }
    }

    static boolean matches(String rule, String ip) {
        String[] parts = rule.split("/", 2);
        byte[] net = literal(parts[0]);
        byte[] addr = literal(ip);
        if (net == null || addr == null || net.length != addr.length) {
            return false;
        }
        int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : net.length * 8;
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >> (i % 8);
            if ((net[i / 8] & mask) != (addr[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** Parses only literal addresses: never resolves a host name. */
    private static byte[] literal(String s) {
        if (s == null || s.isEmpty() || !(s.contains(":") || s.matches("[0-9.]+"))) {
            return null;
        }
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
