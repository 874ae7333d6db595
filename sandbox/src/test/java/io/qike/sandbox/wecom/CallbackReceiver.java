package io.qike.sandbox.wecom;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import me.chanjar.weixin.cp.util.crypto.WxCpCryptUtil;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The enterprise's callback endpoint, as a product would implement it with WxJava: answers the echostr
 * check with the decrypted echostr and decrypts (and thereby verifies) each POSTed event.
 */
final class CallbackReceiver implements AutoCloseable {
    record Received(Map<String, String> query, String body, String plainXml, String error) {
    }

    final String token = "QikeCallbackToken";
    final String aesKey;
    final List<Received> events = new CopyOnWriteArrayList<>();
    final Deque<Integer> statuses = new ArrayDeque<>();
    volatile boolean answerWrongEcho;
    private final HttpServer server;

    CallbackReceiver() throws IOException {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        aesKey = Base64.getEncoder().encodeToString(raw).substring(0, 43);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/wecom/callback", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/wecom/callback";
    }

    WxCpCryptUtil crypt(String withToken) {
        return new WxCpCryptUtil(config(withToken));
    }

    WxCpDefaultConfigImpl config() {
        return config(token);
    }

    private WxCpDefaultConfigImpl config(String withToken) {
        WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
        config.setCorpId(WeComSandbox.CORP_ID);
        config.setToken(withToken);
        config.setAesKey(aesKey);
        return config;
    }

    Map<String, Object> settings() {
        return Map.of("url", url(), "token", token, "encoding_aes_key", aesKey);
    }

    private void handle(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        String reply;
        int status = 200;
        if (ex.getRequestMethod().equals("GET")) {
            String echo = crypt(token).decryptContent(q.get("msg_signature"), q.get("timestamp"), q.get("nonce"), q.get("echostr"));
            reply = answerWrongEcho ? echo + "x" : echo;
        } else {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String plain = null;
            String error = null;
            try {
                plain = crypt(token).decryptXml(q.get("msg_signature"), q.get("timestamp"), q.get("nonce"), body);
            } catch (RuntimeException e) {
                error = e.toString();
            }
            events.add(new Received(q, body, plain, error));
            synchronized (statuses) {
                status = statuses.isEmpty() ? 200 : statuses.poll();
            }
            reply = status == 200 ? "success" : "busy";
        }
        byte[] out = reply.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return q;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
