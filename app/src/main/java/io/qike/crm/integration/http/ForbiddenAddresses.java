package io.qike.crm.integration.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/** Address ranges an outside call must never reach unless allow-listed: everything that is not the public internet. */
final class ForbiddenAddresses {
    private static final List<Cidr> RANGES = List.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
            "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "100::/64", "2001::/32", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8")
            .stream().map(Cidr::parse).toList();
    private static final Cidr COMPATIBLE = Cidr.parse("::/96");
    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

    private ForbiddenAddresses() {
    }

    static boolean isForbidden(InetAddress address) {
        byte[] a = address.getAddress();
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) return true;
        for (Cidr c : RANGES) {
            if (c.contains(a)) return true;
        }
        if (address instanceof Inet6Address) {
            // IPv6 forms that carry an IPv4 address: judge the IPv4 address they lead to. (Java already
            // turns IPv4-mapped addresses, ::ffff:a.b.c.d, into IPv4 ones.)
            if (COMPATIBLE.contains(a) || NAT64.contains(a)) return isForbiddenV4(Arrays.copyOfRange(a, 12, 16));
            if (SIX_TO_FOUR.contains(a)) return isForbiddenV4(Arrays.copyOfRange(a, 2, 6));
        }
        return false;
    }

    private static boolean isForbiddenV4(byte[] v4) {
        try {
            return isForbidden(InetAddress.getByAddress(v4));
        } catch (java.net.UnknownHostException e) {
            return true;
        }
    }
}
