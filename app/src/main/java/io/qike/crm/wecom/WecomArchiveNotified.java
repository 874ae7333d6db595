package io.qike.crm.wecom;

/** WeCom said new archived messages are ready (msgaudit_notify): the conversation archive pulls them. */
public record WecomArchiveNotified(long tenantId, String corpId) {
}
