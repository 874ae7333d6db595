package io.qike.crm.integration.http;

import io.qike.crm.integration.NameValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client of one connection: its own pool sized to the concurrency limit, its timeouts, no
 * redirects (a 3xx is returned as it is, never followed), no cookies, no system proxy (which would
 * defeat the address check), and every new socket resolved through the {@link SsrfGuard}.
 */
public final class OutboundClient implements AutoCloseable {
    private final CloseableHttpClient http;
    private final SsrfGuard guard;

    public OutboundClient(SsrfGuard guard, int connectTimeoutMs, int readTimeoutMs, int maxConnections) {
        this.guard = guard;
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new GuardedDnsResolver(guard))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(connectTimeoutMs))
                        .setSocketTimeout(Timeout.ofMilliseconds(readTimeoutMs))
                        // A kept-alive socket the provider closed meanwhile is checked before reuse, not failed on.
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2)).build())
                .setMaxConnTotal(maxConnections).setMaxConnPerRoute(maxConnections).build();
        this.http = HttpClients.custom().setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false)
                        .setResponseTimeout(Timeout.ofMilliseconds(readTimeoutMs))
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(connectTimeoutMs + readTimeoutMs)).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement().disableAuthCaching()
                .build();
    }

    /** Sends the request and reads at most {@code maxBytes} of the answer. */
    public RawResponse send(OutboundRequest request, int maxBytes) throws IOException {
        if (looksLiteral(request.url().getHost())) {
            // Address literals may not pass through the resolver; check them here (no DNS involved).
            guard.resolve(request.url().getHost(), SsrfGuard.port(request.url()));
        }
        HttpUriRequestBase req = new HttpUriRequestBase(request.method(), request.url());
        for (NameValue h : request.headers()) req.addHeader(h.name(), h.value());
        if (request.body() != null) {
            req.setEntity(new StringEntity(request.body(), ContentType.parse(request.contentType()).withCharset(StandardCharsets.UTF_8)));
        }
        return http.execute(req, response -> {
            HttpEntity entity = response.getEntity();
            String type = entity == null ? null : entity.getContentType();
            String body = entity == null ? "" : read(entity, maxBytes);
            return new RawResponse(response.getCode(), body, type);
        });
    }

    private static String read(HttpEntity entity, int maxBytes) throws IOException {
        if (entity.getContentLength() > maxBytes) throw new ResponseTooLargeException(maxBytes);
        Charset charset = StandardCharsets.UTF_8;
        try {
            ContentType type = ContentType.parseLenient(entity.getContentType());
            if (type != null && type.getCharset() != null) charset = type.getCharset();
        } catch (RuntimeException ignored) {
            // an odd Content-Type: read as UTF-8
        }
        try (InputStream in = entity.getContent()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > maxBytes) throw new ResponseTooLargeException(maxBytes);
                out.write(buf, 0, n);
            }
            return out.toString(charset);
        }
    }

    static boolean looksLiteral(String host) {
        return host != null && (host.startsWith("[") || host.contains(":") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c)));
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }

}
