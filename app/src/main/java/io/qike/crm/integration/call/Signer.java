package io.qike.crm.integration.call;

import io.qike.crm.integration.AuthScheme;
import io.qike.crm.integration.NameValue;
import io.qike.crm.integration.http.OutboundRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Adds a connection's credentials to a prepared request, exactly as each provider expects, and
 * reports every value that must be redacted (the credentials, the signatures made from them and
 * what was signed).
 * Signed again for every attempt, because Qichacha's Timespan and Qixin's timestamp age.
 */
final class Signer {
    /** The request to send and the values a log must never show. */
    record Signed(OutboundRequest request, Set<String> secrets) {
    }

    private Signer() {
    }

    static Signed sign(PreparedRequest p, ConnectionTarget target, long nowMillis) {
        var c = target.connection();
        String key = target.key(), secret = target.secret();
        String param = c.authParam() == null || c.authParam().isBlank() ? c.authScheme().defaultParam() : c.authParam();
        List<NameValue> query = new ArrayList<>(p.query());
        List<NameValue> headers = new ArrayList<>(p.headers());
        Set<String> secrets = new LinkedHashSet<>();
        add(secrets, key);
        add(secrets, secret);
        switch (c.authScheme()) {
            case NONE -> { }
            case QUERY_KEY -> query.add(new NameValue(param, nz(secret)));
            case HEADER_KEY -> headers.add(new NameValue(param, nz(secret)));
            case BEARER -> headers.add(new NameValue("Authorization", "Bearer " + nz(secret)));
            case BASIC -> {
                String pair = nz(key) + ":" + nz(secret);
                String basic = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
                secrets.add(pair); // its Base64 forms are masked from it
                secrets.add(basic);
                headers.add(new NameValue("Authorization", "Basic " + basic));
            }
            case QICHACHA_TOKEN -> {
                String timespan = Long.toString(nowMillis / 1000);
                String signed = nz(key) + timespan + nz(secret);
                String token = md5(signed).toUpperCase(Locale.ROOT);
                secrets.add(signed); // not sent, but a provider echoing what it checked would show it
                secrets.add(token);
                query.add(0, new NameValue("key", nz(key)));
                headers.add(new NameValue("Token", token));
                headers.add(new NameValue("Timespan", timespan));
            }
            case QIXIN_SIGN -> {
                String timestamp = Long.toString(nowMillis);
                String signed = nz(key) + timestamp + nz(secret);
                String sign = md5(signed);
                secrets.add(signed);
                secrets.add(sign);
                headers.add(new NameValue("Auth-Version", "2.0"));
                headers.add(new NameValue("appkey", nz(key)));
                headers.add(new NameValue("timestamp", timestamp));
                headers.add(new NameValue("sign", sign));
            }
        }
        return new Signed(new OutboundRequest(p.method(), url(p.baseAndPath(), query), headers, p.body(), p.contentType()), secrets);
    }

    static URI url(String baseAndPath, List<NameValue> query) {
        StringBuilder url = new StringBuilder(baseAndPath);
        char sep = baseAndPath.contains("?") ? '&' : '?';
        for (NameValue q : query) {
            url.append(sep).append(RequestBuilder.encode(q.name())).append('=').append(RequestBuilder.encode(q.value()));
            sep = '&';
        }
        return URI.create(url.toString());
    }

    static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(Set<String> secrets, String v) {
        if (v != null && !v.isEmpty()) secrets.add(v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
