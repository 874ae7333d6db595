package io.qike.crm.salesrecord;

import io.qike.crm.contact.ContactService;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.MaxLength;
import io.qike.crm.platform.validation.Text;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Component;

/** Checks every field of a sales record draft; the problems go into the caller's {@link Checks} with the attachments'. */
@Component
class SalesRecordValidator {
    static final List<String> TYPES = List.of("VISIT", "CALL", "WECOM", "WECOM_CHAT", "OTHER");
    private final CustomerService customers;
    private final ContactService contacts;
    private final CustomFields customFields;
    private final SalesRecordRepository repository;
    private final EnterpriseTime time;

    SalesRecordValidator(CustomerService customers, ContactService contacts, CustomFields customFields,
                         SalesRecordRepository repository, EnterpriseTime time) {
        this.time = time;
        this.customers = customers;
        this.contacts = contacts;
        this.customFields = customFields;
        this.repository = repository;
    }

    SalesRecordValues validate(SalesRecordDraft d, Long selfId, Checks c) {
        if (d.customerId() == null) c.add("customerId", "required");
        else {
            try {
                customers.get(d.customerId());
            } catch (NotFoundException e) {
                c.add("customerId", "customer_not_found");
            }
        }
        if (d.contactId() != null && !contacts.belongsTo(d.contactId(), d.customerId())) c.add("contactId", "not_found");
        return body(d, selfId, c);
    }

    /**
     * A lead's record: no customer (naming one too is a problem: a record is on a customer or on a lead) and no contact
     * yet, no 下次跟进时间 (its to-do is on a customer); the rest as for a customer's.
     */
    SalesRecordValues validateForLead(SalesRecordDraft d, Long selfId, Checks c) {
        if (d.customerId() != null) c.add("leadId", "customer_or_lead");
        if (d.contactId() != null) c.add("contactId", "not_found");
        if (Text.hasText(d.nextFollowUpAt())) c.add("nextFollowUpAt", "lead_follow_up");
        return body(d, selfId, c);
    }

    private SalesRecordValues body(SalesRecordDraft d, Long selfId, Checks c) {
        String type = Text.isBlank(d.type()) ? "OTHER" : d.type().trim();
        if (!TYPES.contains(type)) c.add("type", "invalid_option");
        String content = Text.trimToEmpty(d.content());
        if (content.isEmpty()) c.add("content", "required");
        else if (content.length() > MaxLength.SALES_RECORD_CONTENT.chars()) c.add("content", "too_long", MaxLength.SALES_RECORD_CONTENT.chars());
        OffsetDateTime at = OffsetDateTime.now();
        if (Text.hasText(d.occurredAt())) {
            OffsetDateTime typed = time(d.occurredAt(), "occurredAt", c);
            if (typed != null) at = typed;
        }
        String custom = customFields.validate(CustomObject.SALES_RECORD, d.custom(), selfId, repository::customValueTaken, c);
        return new SalesRecordValues(type, content, at, custom);
    }

    /** 下次跟进时间: null when none was given (or it is wrong, then a field problem). */
    OffsetDateTime nextFollowUp(SalesRecordDraft d, Checks c) {
        return Text.hasText(d.nextFollowUpAt()) ? time(d.nextFollowUpAt(), "nextFollowUpAt", c) : null;
    }

    /** ISO-8601 with an offset (the API), else the form's datetime-local on the enterprise's clock. */
    private OffsetDateTime time(String text, String field, Checks c) {
        try {
            return text.length() > 19 && (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$"))
                    ? OffsetDateTime.parse(text)
                    : time.fromLocal(LocalDateTime.parse(text));
        } catch (DateTimeParseException e) {
            c.add(field, "datetime");
            return null;
        }
    }
}
