package io.qike.crm.wecom;

import java.util.List;

/**
 * The outcome of trying one secret: {@code configured} false when it is not set; otherwise {@code ok}, or the
 * errcode WeCom answered with a message and a "what to do" (keys and their arguments, see {@link WecomErrors}).
 */
public record SecretTest(WecomSecret secret, boolean configured, boolean ok, Integer errcode, String messageKey,
                         String actionKey, List<Object> args) {
    static SecretTest notConfigured(WecomSecret s) {
        return new SecretTest(s, false, false, null, "wecom.test.notConfigured", "wecom.test.notConfigured.action", List.of());
    }

    static SecretTest passed(WecomSecret s) {
        return new SecretTest(s, true, true, 0, "wecom.test.ok", null, List.of());
    }

    static SecretTest failed(WecomSecret s, WecomErrors.Advice a) {
        return new SecretTest(s, true, false, a.errcode(), a.messageKey(), a.actionKey(), List.of(a.args()));
    }
}
