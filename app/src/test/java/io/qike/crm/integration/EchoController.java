package io.qike.crm.integration;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generic JSON echo for tests, under /sandbox (open, like the simulators). The /basic, /bearer and
 * /query-key endpoints check a fixed credential and answer code 401 in the body when it is wrong.
 */
@RestController
@RequestMapping("/sandbox/test-echo")
class EchoController {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String USER = "echo-user", PASSWORD = "echo-pass-1", TOKEN = "echo-token-1", API_KEY = "echo-key-1";

    @GetMapping("/plain")
    Map<String, Object> plain(HttpServletRequest request) {
        return echo(request, 0);
    }

    @GetMapping("/basic")
    Map<String, Object> basic(HttpServletRequest request) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return echo(request, expected.equals(request.getHeader("Authorization")) ? 0 : 401);
    }

    @GetMapping("/bearer")
    Map<String, Object> bearer(HttpServletRequest request) {
        return echo(request, ("Bearer " + TOKEN).equals(request.getHeader("Authorization")) ? 0 : 401);
    }

    @GetMapping("/query-key")
    Map<String, Object> queryKey(HttpServletRequest request) {
        return echo(request, API_KEY.equals(request.getParameter("api_key")) ? 0 : 401);
    }

    /**
     * Echoes the credential it was sent (the api_key parameter, else the X-Echo-Key header as its bytes
     * arrived) the ways providers do: JSON-escaped by Jackson and by PHP, URL-encoded, Base64, as Basic
     * auth, and the header as received.
     */
    @GetMapping(value = "/forms", produces = "application/json;charset=UTF-8")
    String forms(HttpServletRequest request) {
        String secret = request.getParameter("api_key");
        if (secret == null) secret = request.getHeader("X-Echo-Key");
        String basic = null, authorization = request.getHeader("Authorization");
        if (secret == null && authorization != null && authorization.startsWith("Basic ")) {
            basic = authorization;
            String pair = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
            secret = pair.substring(pair.indexOf(':') + 1);
        }
        Base64.Encoder b64 = Base64.getEncoder();
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return "{\"code\":0,\"jackson\":" + JSON.writeValueAsString(secret) + ",\"php\":\"" + php(secret)
                + "\",\"form\":\"" + form + "\",\"url\":\"" + lowerHex(form.replace("+", "%20"))
                + "\",\"base64\":\"" + b64.encodeToString(bytes) + "\",\"base64url\":\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)
                + "\"" + (basic == null ? "" : ",\"basic\":\"" + basic + "\"") + "}";
    }

    static String lowerHex(String s) {
        return java.util.regex.Pattern.compile("%[0-9A-F]{2}").matcher(s).replaceAll(m -> m.group().toLowerCase());
    }

    /** PHP's json_encode: {@code \/} and every non-ASCII character as a lower-case escape. */
    static String php(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\' || c == '/') b.append('\\').append(c);
            else if (c > 0x7E || c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }

    @GetMapping("/status/{code}")
    ResponseEntity<String> status(@PathVariable int code) {
        return ResponseEntity.status(code).header("Location", "/sandbox/test-echo/plain").body("{\"code\":" + code + "}");
    }

    @GetMapping("/big")
    Map<String, Object> big(@RequestParam(defaultValue = "5000") int chars) {
        return Map.of("code", 0, "filler", "x".repeat(chars));
    }

    private static Map<String, Object> echo(HttpServletRequest request, int code) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", code);
        out.put("method", request.getMethod());
        Map<String, String> query = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> query.put(k, v[0]));
        out.put("query", query);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) headers.put(name.toLowerCase(), request.getHeader(name));
        out.put("headers", headers);
        return out;
    }
}
