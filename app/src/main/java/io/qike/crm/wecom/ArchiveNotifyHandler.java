package io.qike.crm.wecom;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** msgaudit_notify becomes {@link WecomArchiveNotified} for the archive module (published in the handler's transaction). */
@Component
class ArchiveNotifyHandler implements WecomEventHandler {
    private final ApplicationEventPublisher events;

    ArchiveNotifyHandler(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public String event() {
        return "msgaudit_notify";
    }

    @Override
    public void handle(WecomEvent event) {
        events.publishEvent(new WecomArchiveNotified(event.tenantId(), event.corpId()));
    }
}
