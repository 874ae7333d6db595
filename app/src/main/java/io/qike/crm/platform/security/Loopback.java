package io.qike.crm.platform.security;

/** Whether a client address is this machine itself (IPv4 127/8 or IPv6 ::1), without asking DNS. */
final class Loopback {
    private Loopback() {
    }

    static boolean is(String address) {
        if (address == null) return false;
        if (address.startsWith("127.")) return address.chars().allMatch(ch -> ch == '.' || Character.isDigit(ch));
        String a = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        return a.equals("::1") || a.equals("0:0:0:0:0:0:0:1");
    }
}
