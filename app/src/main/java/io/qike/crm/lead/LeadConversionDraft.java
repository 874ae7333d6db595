package io.qike.crm.lead;

/**
 * 转换 as the user asked for it: into an existing customer ({@code customerId}, offered by the duplicate check), or a
 * new one with the lead's company (and the credit code typed in the dialog); {@code createNew} confirms a new
 * customer although one of the same normalised name exists. An opportunity is asked for by its name, with an
 * optional amount (元) and expected close date (yyyy-MM-dd).
 */
public record LeadConversionDraft(Long customerId, String creditCode, boolean createNew, String opportunityName,
                                  String opportunityAmount, String opportunityCloseOn) {
}
