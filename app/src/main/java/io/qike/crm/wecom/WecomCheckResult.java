package io.qike.crm.wecom;

import java.util.List;

/** What a check found: a message key with its arguments and, unless all is well, what to do (the product document's words). */
public record WecomCheckResult(Status status, String messageKey, List<Object> args, String actionKey) {
    public enum Status { OK, WARN, FAIL }

    public static WecomCheckResult ok(String messageKey, Object... args) {
        return new WecomCheckResult(Status.OK, messageKey, List.of(args), null);
    }

    public static WecomCheckResult warn(String messageKey, String actionKey, Object... args) {
        return new WecomCheckResult(Status.WARN, messageKey, List.of(args), actionKey);
    }

    public static WecomCheckResult fail(String messageKey, String actionKey, Object... args) {
        return new WecomCheckResult(Status.FAIL, messageKey, List.of(args), actionKey);
    }

    public static WecomCheckResult of(SecretTest t) {
        return t.ok() ? ok("wecom.test.ok") : new WecomCheckResult(Status.FAIL, t.messageKey(), t.args(), t.actionKey());
    }
}
