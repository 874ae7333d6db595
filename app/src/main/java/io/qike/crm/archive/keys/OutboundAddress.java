package io.qike.crm.archive.keys;

import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.util.Collections;
import java.util.Optional;

/**
 * This server's outbound address, best effort, as a suggestion for 可信IP地址: the local address of the interface the
 * default route leaves by (a UDP "connect" only asks the routing table; nothing is sent). Behind NAT WeCom sees another
 * address, which is why the page calls it a suggestion.
 */
final class OutboundAddress {
    private static volatile Optional<String> cached;

    private OutboundAddress() {
    }

    static Optional<String> suggestion() {
        Optional<String> c = cached;
        if (c == null) cached = c = find();
        return c;
    }

    private static Optional<String> find() {
        try (DatagramSocket s = new DatagramSocket()) {
            s.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[]{(byte) 223, 5, 5, 5}), 53));
            InetAddress local = s.getLocalAddress();
            if (local != null && !local.isAnyLocalAddress() && !local.isLoopbackAddress()) return Optional.of(local.getHostAddress());
        } catch (Exception e) {
            // no route: fall back to the interfaces
        }
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp() || ni.isLoopback() || ni.isVirtual()) continue;
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) return Optional.of(a.getHostAddress());
                }
            }
        } catch (Exception e) {
            // nothing to suggest
        }
        return Optional.empty();
    }
}
