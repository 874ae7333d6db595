package io.qike.crm.lead;

import java.util.Map;

/**
 * 转换 as the user asked for it: into an existing customer ({@code customerId}, offered by the duplicate check), or a
 * new one with the lead's company (and the credit code typed in the dialog); {@code createNew} confirms a new
 * customer although one of the same normalised name exists; left out (null) it is false, as on the page when the user
 * made no choice: a new customer unless the duplicate check finds one, which is then named (409) for the caller to
 * choose. An opportunity is asked for by its name, with an optional amount (元) and expected close date (yyyy-MM-dd). {@code customerCustom} and {@code contactCustom} are the
 * custom field values (field code → value, as the customer and contact drafts take them) of the new customer (not
 * used when converting into an existing one) and of the new contact; their problems are reported as
 * {@code customerCustom.<code>} and {@code contactCustom.<code>}.
 */
public record LeadConversionDraft(Long customerId, String creditCode, Boolean createNew, String opportunityName,
                                  String opportunityAmount, String opportunityCloseOn, Map<String, Object> customerCustom,
                                  Map<String, Object> contactCustom) {
    public LeadConversionDraft {
        createNew = createNew != null && createNew;
        customerCustom = customerCustom == null ? Map.of() : customerCustom;
        contactCustom = contactCustom == null ? Map.of() : contactCustom;
    }
}
