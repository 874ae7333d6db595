package io.qike.crm.integration.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address range such as {@code 10.0.0.0/8} or {@code fc00::/7}. */
record Cidr(byte[] network, int prefix) {

    static Cidr parse(String text) {
        int slash = text.indexOf('/');
        try {
            // Only literals reach here (checked by the caller), so this never asks DNS.
            byte[] net = InetAddress.getByName(text.substring(0, slash)).getAddress();
            int bits = Integer.parseInt(text.substring(slash + 1).trim());
            if (bits < 0 || bits > net.length * 8) throw new IllegalArgumentException("Bad prefix in " + text);
            return new Cidr(net, bits);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("Not an address range: " + text);
        }
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) return false;
        int full = prefix / 8, rest = prefix % 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) return false;
        }
        if (rest == 0) return true;
        int mask = (0xff << (8 - rest)) & 0xff;
        return (address[full] & mask) == (network[full] & mask);
    }
}
