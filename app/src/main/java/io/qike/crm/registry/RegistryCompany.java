package io.qike.crm.registry;

import java.util.Map;

/**
 * A company's registry record (工商照面) as the detail flow gave it.
 *
 * @param fields the flow's outputs, except {@code raw}
 * @param raw    the provider's own company object, kept on the customer as its registry payload
 * @param card   the customer card by the answering provider's 字段映射关系: field key → text as the
 *               customer form takes it ({@code custom.<code>} for custom fields)
 */
public record RegistryCompany(LookupOutcome outcome, Map<String, Object> fields, Map<String, Object> raw,
                              Map<String, String> card) {
    public RegistryCompany {
        fields = fields == null ? Map.of() : fields;
        card = card == null ? Map.of() : card;
    }

    public boolean found() {
        return outcome.found();
    }

    /** The credit code the card carries, if any. */
    public String creditCode() {
        return card.get("creditCode");
    }
}
