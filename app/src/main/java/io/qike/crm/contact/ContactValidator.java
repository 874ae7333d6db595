package io.qike.crm.contact;

import io.qike.crm.customer.CustomerService;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.MaxLength;
import io.qike.crm.platform.validation.Text;
import org.springframework.stereotype.Component;

/** Checks every field of a contact draft and reports all problems together; nothing is written on failure. */
@Component
class ContactValidator {
    private final CustomFields customFields;
    private final CustomerService customers;
    private final ContactRepository repository;

    ContactValidator(CustomFields customFields, CustomerService customers, ContactRepository repository) {
        this.customFields = customFields;
        this.customers = customers;
        this.repository = repository;
    }

    ContactValues validate(ContactDraft d, Long selfId) {
        Checks c = new Checks();
        String name = c.text("name", d.name(), MaxLength.CONTACT_NAME, true);
        String mobile = c.phone("mobile", d.mobile());
        String email = c.email("email", d.email());
        String title = c.text("title", d.title(), MaxLength.CONTACT_TITLE, false);
        if (d.customerId() != null) {
            try {
                customers.get(d.customerId());
            } catch (NotFoundException e) {
                c.add("customerId", "customer_not_found");
            }
        }
        String custom = customFields.validate(CustomObject.CONTACT, d.custom(), selfId, repository::customValueTaken, c);
        c.throwIfAny();
        return new ContactValues(d.customerId(), name, mobile, email, title, Text.trimToNull(d.wecomExternalUserId()), custom);
    }
}
