package io.qike.sandbox.wecom.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * errcode → errmsg in the shape the real service uses:
 * {@code "invalid code, hint: [1607658081_80_bb45...], from ip: 1.2.3.4, more info at https://open.work.weixin.qq.com/devtool/query?e=40029"}.
 * The English texts are best effort; clients must branch on errcode only, as Tencent's documentation says.
 */
public final class WxErrors {
    private static final Map<Integer, String> TEXT = Map.ofEntries(
            Map.entry(-1, "system busy"),
            Map.entry(40001, "invalid credential"),
            Map.entry(40003, "invalid userid"),
            Map.entry(40007, "invalid media_id"),
            Map.entry(40008, "invalid message type"),
            Map.entry(40013, "invalid corpid"),
            Map.entry(40014, "invalid access_token"),
            Map.entry(40029, "invalid code"),
            Map.entry(40032, "invalid userid list size"),
            Map.entry(40035, "invalid parameter"),
            Map.entry(40056, "invalid agentid"),
            Map.entry(40058, "invalid Request Parameter"),
            Map.entry(40063, "some parameters are empty"),
            Map.entry(40091, "secret is invalid"),
            Map.entry(40094, "invalid url"),
            Map.entry(40096, "invalid external userid"),
            Map.entry(41001, "access_token missing"),
            Map.entry(41002, "corpid missing"),
            Map.entry(41004, "corpsecret missing"),
            Map.entry(41008, "missing code"),
            Map.entry(41009, "missing userid"),
            Map.entry(41010, "missing url"),
            Map.entry(41011, "missing agentid"),
            Map.entry(41016, "missing title"),
            Map.entry(41033, "missing description"),
            Map.entry(42001, "access_token expired"),
            Map.entry(44004, "empty content"),
            Map.entry(45002, "content size out of limit"),
            Map.entry(46004, "user not exist"),
            Map.entry(47001, "data format error"),
            Map.entry(48002, "api forbidden"),
            Map.entry(50001, "redirect_url domain not trusted"),
            Map.entry(50002, "user out of agent privilege"),
            Map.entry(60011, "no privilege to access/modify contact/party/agent"),
            Map.entry(60020, "not allow to access from your ip"),
            Map.entry(60103, "mobile invalid"),
            Map.entry(60111, "userid not found"),
            Map.entry(60123, "invalid party id"),
            Map.entry(81013, "user & party & tag all invalid"),
            Map.entry(82002, "invalid party list size"),
            Map.entry(82003, "invalid tag list size"),
            Map.entry(84014, "user ticket expired"),
            Map.entry(84015, "invalid user ticket"),
            Map.entry(84061, "not external contact"),
            Map.entry(84074, "no external contact permission"),
            Map.entry(301052, "msgaudit license expired"));

    private WxErrors() {
    }

    public static String text(int errcode) {
        return TEXT.getOrDefault(errcode, "error");
    }

    public static String errmsg(int errcode, String ip, long nowSeconds) {
        if (errcode == 0) {
            return "ok";
        }
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String hint = nowSeconds + "_" + r.nextInt(10, 200) + "_"
                + Long.toHexString(r.nextLong() | Long.MIN_VALUE) + Long.toHexString(r.nextLong() | Long.MIN_VALUE);
        return text(errcode) + ", hint: [" + hint + "], from ip: " + ip
                + ", more info at https://open.work.weixin.qq.com/devtool/query?e=" + errcode;
    }

    public static Map<String, Object> ok() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errcode", 0);
        body.put("errmsg", "ok");
        return body;
    }

    public static Map<String, Object> error(int errcode, String ip, long nowSeconds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errcode", errcode);
        body.put("errmsg", errmsg(errcode, ip, nowSeconds));
        return body;
    }
}
