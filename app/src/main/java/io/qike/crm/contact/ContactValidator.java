package io.qike.crm.contact;

import io.qike.crm.customer.CustomerDirectory;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.MaxLength;
import io.qike.crm.platform.validation.Text;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Checks every field of a contact draft and reports all problems together; nothing is written on failure. */
@Component
class ContactValidator {
    private final CustomFields customFields;
    private final CustomerDirectory customers;
    private final ContactRepository repository;

    ContactValidator(CustomFields customFields, CustomerDirectory customers, ContactRepository repository) {
        this.customFields = customFields;
        this.customers = customers;
        this.repository = repository;
    }

    /**
     * A contact saved by a user: {@code customerRequired} when it must belong to a customer. A customer the
     * contact already had is kept even if the user no longer sees it; a newly chosen one must be visible.
     */
    ContactValues validate(ContactDraft d, Long selfId, Long currentCustomerId, boolean customerRequired) {
        Checks c = new Checks();
        String name = c.text("name", d.name(), MaxLength.CONTACT_NAME, true);
        String mobile = c.phone("mobile", d.mobile());
        String email = c.email("email", d.email());
        String title = c.text("title", d.title(), MaxLength.CONTACT_TITLE, false);
        if (d.customerId() == null) {
            if (customerRequired) c.add("customerId", "required");
        } else if (!Objects.equals(d.customerId(), currentCustomerId) && !customers.visible(d.customerId())) {
            c.add("customerId", "customer_not_found");
        }
        String custom = customFields.validate(CustomObject.CONTACT, d.custom(), selfId, repository::customValueTaken, c);
        c.throwIfAny();
        return new ContactValues(d.customerId(), name, mobile, email, title, Text.trimToNull(d.wecomExternalUserId()), custom);
    }
}
