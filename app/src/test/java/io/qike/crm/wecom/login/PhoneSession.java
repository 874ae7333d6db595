package io.qike.crm.wecom.login;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A phone's in-app browser, one redirect at a time: its cookies (the session) are kept between requests. */
final class PhoneSession {
    record Answer(int status, String location, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    /** The last address of Qike's callback this browser was sent to. */
    String lastCallback;

    PhoneSession(int port) {
        this.base = "http://localhost:" + port;
    }

    Answer get(String pathOrUrl) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
        int hash = url.indexOf('#');
        if (hash >= 0) url = url.substring(0, hash);
        if (url.contains("/wecom/login/callback")) lastCallback = url;
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "zh-CN").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Location").orElse(null), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** WeCom's authorize page as the member {@code userid} (the simulator's stand-in for the WeCom client): its redirect. */
    String authorizeAs(String authorizeUrl, String userid) {
        Answer a = get(authorizeUrl.replace("#wechat_redirect", "") + "&sandbox_userid=" + userid);
        if (a.status() != 302) throw new IllegalStateException("authorize page answered " + a);
        return a.location();
    }

    /** Opens the workbench entry as {@code userid} and follows WeCom's authorize page back to Qike's callback (not further). */
    Answer openAs(String entry, String userid) {
        Answer authorize = get(entry);
        if (authorize.status() != 302 || !authorize.location().contains("/connect/oauth2/authorize")) return authorize;
        return get(authorizeAs(authorize.location(), userid));
    }
}
