package io.qike.sandbox.wecom.api;

import io.qike.sandbox.wecom.archive.Archive;
import io.qike.sandbox.wecom.archive.MediaFile;
import io.qike.sandbox.wecom.core.AppKind;
import io.qike.sandbox.wecom.core.AppSettings;
import io.qike.sandbox.wecom.core.IpRules;
import io.qike.sandbox.wecom.core.Json;
import io.qike.sandbox.wecom.core.SimClock;
import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.core.WxApiException;
import io.qike.sandbox.wecom.core.WxErrors;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MADE-UP PATHS: an HTTP stand-in for the Finance SDK's native calls, which talk to Tencent over a
 * private protocol and cannot be pointed at a simulator. POST /sandbox/wecom/finance/GetChatData and
 * /GetMediaData take what Init(corpid, secret) and the call itself take, and answer with the SDK's int
 * return code as "ret"; when ret is 0, the rest is what the SDK would put in the slice / media data.
 */
@RestController("wecomFinanceController")
@RequestMapping("/sandbox/wecom/finance")
public class FinanceController {
    static final int CHUNK = 512 * 1024;
    private static final Pattern RANGE = Pattern.compile("Range:bytes=(\\d+)-(\\d+)");
    private final WeComState state;
    private final SimClock clock;

    public FinanceController(WeComState state, SimClock clock) {
        this.state = state;
        this.clock = clock;
    }

    @PostMapping("/GetChatData")
    public Map<String, Object> getChatData(HttpServletRequest request, @RequestBody(required = false) String raw) {
        JsonNode json = sdkCall(request, raw);
        long seq = json.path("seq").asLong(-1);
        int limit = json.path("limit").asInt(0);
        if (seq < 0 || limit < 1 || limit > 1000) {
            return ret(10000, "seq must be >= 0 and 1 <= limit <= 1000");
        }
        Integer errcode = authorise(json);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ret", 0);
        body.putAll(errcode == null ? WxErrors.ok() : WxErrors.error(errcode, request.getRemoteAddr(), clock.nowSeconds()));
        if (errcode == null) {
            body.put("chatdata", state.world().archive().chatData(seq, limit));
        }
        return body;
    }

    @PostMapping("/GetMediaData")
    public Map<String, Object> getMediaData(HttpServletRequest request, @RequestBody(required = false) String raw) {
        JsonNode json = sdkCall(request, raw);
        Integer errcode = authorise(json);
        if (errcode != null) {
            Map<String, Object> body = ret(10003, WxErrors.text(errcode));
            body.put("errcode", errcode);
            return body;
        }
        Archive archive = state.world().archive();
        MediaFile f = archive.media(json.path("sdkfileid").asString(""));
        if (f == null) {
            return ret(10005, "invalid sdkfileid");
        }
        String indexbuf = json.path("indexbuf").asString("");
        int start = 0;
        if (!indexbuf.isEmpty()) {
            Matcher m = RANGE.matcher(indexbuf);
            if (!m.matches() || Long.parseLong(m.group(1)) % CHUNK != 0 || Long.parseLong(m.group(1)) >= f.size()) {
                return ret(10000, "indexbuf must be an outindexbuf returned earlier");
            }
            start = Integer.parseInt(m.group(1));
        }
        int end = Math.min(f.size(), start + CHUNK);
        Map<String, Object> body = ret(0, null);
        body.put("outindexbuf", end < f.size() ? "Range:bytes=" + end + "-" + (end + CHUNK - 1) : "");
        body.put("data", Base64.getEncoder().encodeToString(Arrays.copyOfRange(f.bytes(), start, end)));
        body.put("is_finish", end >= f.size() ? 1 : 0);
        return body;
    }

    /** Body parse and the trusted-IP check, both failures of the SDK call itself (ret ≠ 0). */
    private JsonNode sdkCall(HttpServletRequest request, String raw) {
        if (!IpRules.allowed(state.archiveSettings().trustedIps(), request.getRemoteAddr())) {
            throw new FinanceRet(10009, "ip not in the archive's trusted IPs");
        }
        try {
            return Json.body(raw);
        } catch (WxApiException e) {
            throw new FinanceRet(10000, "body must be a JSON object");
        }
    }

    /** errcode the server puts in the answer, or null: wrong corp, wrong secret, expired licence. */
    private Integer authorise(JsonNode json) {
        if (!state.corpId().equals(json.path("corpid").asString(""))) {
            return 40013;
        }
        String secret = json.path("secret").asString("");
        AppSettings app = state.appBySecret(secret);
        if (app == null) {
            return secret.equals(state.foreignSecret()) ? 40091 : 40001;
        }
        if (app.kind() != AppKind.ARCHIVE) {
            return 48002;
        }
        return state.archiveSettings().licenceExpiresAtMillis() <= clock.nowMillis() ? 301052 : null;
    }

    static Map<String, Object> ret(int ret, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ret", ret);
        if (message != null) {
            body.put("message", message);
        }
        return body;
    }
}
