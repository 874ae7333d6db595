package io.qike.crm.wecom;

import io.qike.crm.support.Api;
import java.util.LinkedHashMap;
import java.util.Map;

/** The in-process WeCom simulator through its admin API, and a connection of a test enterprise to its corp. */
public final class WecomSandboxSupport {
    public static final String CORP = "wwqikedemo0000001";
    public static final String TOKEN = "QikeToken42";
    public static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private final Api sandbox;
    private final int port;

    public WecomSandboxSupport(int port) {
        this.port = port;
        this.sandbox = new Api(port);
    }

    public String secret(String app) {
        return sandbox.get("/sandbox/admin/wecom/apps/" + app).json().get("secret").asString();
    }

    public String baseUrl() {
        return "http://localhost:" + port + "/sandbox/wecom";
    }

    /** Every field of a full connection to the simulator's corp. */
    public Map<String, Object> fullConnection() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("corpId", CORP);
        m.put("agentId", 1000005);
        m.put("agentSecret", secret("app"));
        m.put("contactsSecret", secret("contacts"));
        m.put("customerSecret", secret("customer"));
        m.put("callbackToken", TOKEN);
        m.put("encodingAesKey", AES_KEY);
        m.put("baseUrl", baseUrl());
        return m;
    }

    public Api.Response admin(String method, String path, String json) {
        return switch (method) {
            case "PUT" -> sandbox.put("/sandbox/admin/wecom" + path, json);
            case "POST" -> sandbox.post("/sandbox/admin/wecom" + path, json);
            case "DELETE" -> sandbox.delete("/sandbox/admin/wecom" + path);
            default -> sandbox.get("/sandbox/admin/wecom" + path);
        };
    }

    public void reset() {
        sandbox.post("/sandbox/admin/wecom/reset", "{}");
    }
}
