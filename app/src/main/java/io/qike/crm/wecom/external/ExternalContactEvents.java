package io.qike.crm.wecom.external;

import io.qike.crm.wecom.WecomEvent;
import io.qike.crm.wecom.WecomEventHandler;
import org.springframework.stereotype.Component;

/**
 * change_external_contact: a member added, edited or deleted an external contact, was deleted by it, or a handover
 * failed. The stored description and followers follow WeCom; the binding to a Qike contact stays (the person is
 * still the customer's contact when one member stops following them).
 */
@Component
class ExternalContactEvents implements WecomEventHandler {
    private final WecomExternalApi wecom;
    private final ExternalContactRepository repository;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    ExternalContactEvents(WecomExternalApi wecom, ExternalContactRepository repository,
                          org.springframework.transaction.support.TransactionTemplate tx) {
        this.tx = tx;
        this.wecom = wecom;
        this.repository = repository;
    }

    @Override
    public String event() {
        return "change_external_contact";
    }

    @Override
    public void handle(WecomEvent event) {
        String external = event.fields().get("ExternalUserID");
        String member = event.fields().get("UserID");
        if (external == null || external.isBlank()) return;
        switch (event.changeType() == null ? "" : event.changeType()) {
            // The member removed the customer, or the customer removed the member: that follow ends.
            case "del_external_contact", "del_follow_user" -> {
                if (member != null) tx.executeWithoutResult(s -> repository.removeFollow(external, member));
            }
            // add_external_contact, edit_external_contact, transfer_fail (the customer stays with its member), and
            // kinds added later: WeCom's current description is the truth.
            default -> refresh(external);
        }
    }

    private void refresh(String external) {
        wecom.get(external).ifPresent(c -> tx.executeWithoutResult(s -> {
            repository.save(c);
            repository.replaceFollows(c);
        }));
    }
}
