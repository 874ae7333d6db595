package io.qike.crm.wecom;

/**
 * One question of the self-diagnosis (常见问题): a bean, run against the enterprise's connection. Other parts of
 * Qike add their own (seats, unbound members, notifications, the sidebar's trusted domain, …).
 */
public interface WecomCheck {
    /** Stable id, also the order of the page (checks are sorted by it). */
    String id();

    /** Message key of the question, e.g. "企业微信接口是否已开通". */
    String labelKey();

    WecomCheckResult run(WecomConnection connection);
}
