package io.qike.crm.integration;

import jakarta.servlet.http.HttpServletRequest;
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

/**
 * A generic JSON echo for tests, under /sandbox (open, like the simulators). The /basic, /bearer and
 * /query-key endpoints check a fixed credential and answer code 401 in the body when it is wrong.
 */
@RestController
@RequestMapping("/sandbox/test-echo")
class EchoController {
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
