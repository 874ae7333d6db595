package io.qike.crm.lead;

import io.qike.crm.customer.CustomerOptions;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.MaxLength;
import org.springframework.stereotype.Component;

/** Checks every field of a lead draft and reports all problems together; nothing is written on failure. */
@Component
class LeadValidator {
    private final CustomFields customFields;
    private final LeadRepository repository;

    LeadValidator(CustomFields customFields, LeadRepository repository) {
        this.customFields = customFields;
        this.repository = repository;
    }

    /** The lead's values; a lead's company becomes a customer's name and its contact a contact's, so their limits apply. */
    LeadValues validate(LeadDraft d, Long selfId, Checks c) {
        String company = c.text("companyName", d.companyName(), MaxLength.CUSTOMER_NAME, true);
        String contact = c.text("contactName", d.contactName(), MaxLength.CONTACT_NAME, false);
        String mobile = c.phone("mobile", d.mobile());
        String email = c.email("email", d.email());
        String source = c.option("source", d.source(), CustomerOptions.SOURCES);
        String region = c.text("region", d.region(), MaxLength.CUSTOMER_REGION, false);
        String status = d.status() == null || d.status().isBlank() ? Lead.NEW : c.option("status", d.status(), Lead.EDITABLE_STATUSES);
        String custom = customFields.validate(CustomObject.LEAD, d.custom(), selfId, repository::customValueTaken, c);
        return new LeadValues(company, contact, mobile, email, source, region, status, custom);
    }
}
