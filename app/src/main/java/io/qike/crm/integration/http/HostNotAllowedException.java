package io.qike.crm.integration.http;

import java.net.UnknownHostException;

/**
 * A host that is, or resolves to, an address the integration centre must not call (loopback, private,
 * link-local, metadata ...). An {@link UnknownHostException} so that the HTTP client gives up at once.
 */
public class HostNotAllowedException extends UnknownHostException {
    public HostNotAllowedException(String host, String address) {
        super("Host " + host + " resolves to " + address + ", which is not allowed (qike.integration.allowed-hosts)");
    }
}
