package io.qike.crm.wecom;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** msgaudit_notify becomes {@link WecomArchiveNotified} for the archive module (published in the handler's transaction). */
@Component
class ArchiveNotifyHandler implements WecomEventHandler {
    private final ApplicationEventPublisher events;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    ArchiveNotifyHandler(ApplicationEventPublisher events, org.springframework.transaction.support.TransactionTemplate tx) {
        this.events = events;
        this.tx = tx;
    }

    @Override
    public String event() {
        return "msgaudit_notify";
    }

    @Override
    public void handle(WecomEvent event) {
        // In a transaction, so that the event publication registry keeps it until the archive has pulled.
        tx.executeWithoutResult(s -> events.publishEvent(new WecomArchiveNotified(event.tenantId(), event.corpId())));
    }
}
