package io.qike.crm.integration.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/** The HTTP client's only way to turn a name into addresses: through the SSRF guard, once per new socket. */
final class GuardedDnsResolver implements DnsResolver {
    private final SsrfGuard guard;

    GuardedDnsResolver(SsrfGuard guard) {
        this.guard = guard;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return guard.resolve(host, -1);
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return Arrays.stream(guard.resolve(host, port)).map(a -> new InetSocketAddress(a, port)).toList();
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host; // no reverse lookups: the name as configured is what TLS must verify
    }
}
