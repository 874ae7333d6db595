package io.qike.crm.wecom;

/**
 * Handles the callback events of one type ({@code change_contact}, {@code change_external_contact},
 * {@code msgaudit_notify}, …). Runs after the event was stored and acknowledged, in the event's enterprise and in
 * one transaction; an event may be handed over again after a crash, so a handler must be safe to run twice.
 */
public interface WecomEventHandler {
    String event();

    void handle(WecomEvent event);
}
