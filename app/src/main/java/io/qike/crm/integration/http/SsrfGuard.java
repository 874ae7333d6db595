package io.qike.crm.integration.http;

import io.qike.crm.integration.IntegrationProperties;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Decides which addresses a connection may call. Public addresses always; loopback, private,
 * link-local, CGNAT, multicast, unspecified and cloud-metadata addresses only when allow-listed in
 * {@code qike.integration.allowed-hosts}. A name entry allows the host exactly as written in the URL
 * (so {@code localhost} does not allow {@code localhost.} or {@code 127.1}); a CIDR entry allows
 * resolved addresses. The same resolution is used to connect, so DNS cannot change the answer
 * between the check and the call.
 */
@Component
public class SsrfGuard {
    private record HostEntry(String host, int port) {
    }

    private final List<HostEntry> hosts = new ArrayList<>();
    private final List<Cidr> ranges = new ArrayList<>();

    @org.springframework.beans.factory.annotation.Autowired
    public SsrfGuard(IntegrationProperties props) {
        this(props.allowedHosts());
    }

    public SsrfGuard(List<String> allowList) {
        for (String raw : allowList) {
            String e = raw.trim().toLowerCase(Locale.ROOT);
            if (e.isEmpty()) continue;
            if (e.contains("/")) {
                ranges.add(Cidr.parse(e));
                continue;
            }
            URI u = URI.create("http://" + e);
            if (u.getHost() == null) throw new IllegalArgumentException("Not a host in qike.integration.allowed-hosts: " + raw);
            hosts.add(new HostEntry(strip(u.getHost()), u.getPort()));
        }
    }

    /** The addresses to connect to for {@code host}; refuses when any of them is forbidden and not allowed. */
    public InetAddress[] resolve(String host, int port) throws UnknownHostException {
        String h = strip(host.toLowerCase(Locale.ROOT));
        boolean listed = hosts.stream().anyMatch(e -> e.host.equals(h) && (e.port < 0 || e.port == port));
        InetAddress[] all = InetAddress.getAllByName(h);
        if (listed) return all;
        for (InetAddress a : all) {
            if (ForbiddenAddresses.isForbidden(a) && ranges.stream().noneMatch(r -> r.contains(a.getAddress()))) {
                throw new HostNotAllowedException(host, a.getHostAddress());
            }
        }
        return all;
    }

    /** Save-time check of a URL's host: refuses forbidden addresses; a name that does not resolve (yet) passes. */
    public void check(URI url) throws HostNotAllowedException {
        try {
            resolve(url.getHost(), port(url));
        } catch (HostNotAllowedException e) {
            throw e;
        } catch (UnknownHostException e) {
            // Not resolvable now (offline, not yet in DNS): the check is repeated at every call.
        }
    }

    public static int port(URI url) {
        if (url.getPort() > 0) return url.getPort();
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static String strip(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
