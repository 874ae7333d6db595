package io.qike.crm.registry.mapping;

import io.qike.crm.customer.CustomerDraft;
import java.util.LinkedHashMap;
import java.util.Map;

/** Moves card values (field key → text) into and out of customer drafts. */
public final class CardDrafts {
    private CardDrafts() {
    }

    /** A new customer's draft from a card: source 工商 (REGISTRY), owner and level left to the form. */
    public static CustomerDraft draft(Map<String, String> card) {
        return apply(CustomerDraft.named(null), card, true);
    }

    /** The draft with the card's values; {@code registrySource} also marks the customer as coming from the registry. */
    public static CustomerDraft apply(CustomerDraft d, Map<String, String> card, boolean registrySource) {
        Map<String, Object> custom = new LinkedHashMap<>(d.custom() == null ? Map.of() : d.custom());
        card.forEach((k, v) -> { if (k.startsWith("custom.")) custom.put(k.substring(7), v); });
        return d.toBuilder().name(pick(card, "name", d.name())).creditCode(pick(card, "creditCode", d.creditCode()))
                .legalRepresentative(pick(card, "legalRepresentative", d.legalRepresentative()))
                .registeredCapital(pick(card, "registeredCapital", d.registeredCapital()))
                .capitalCurrency(pick(card, "capitalCurrency", d.capitalCurrency()))
                .establishedOn(pick(card, "establishedOn", d.establishedOn()))
                .registrationStatus(pick(card, "registrationStatus", d.registrationStatus()))
                .address(pick(card, "address", d.address())).region(pick(card, "region", d.region()))
                .industry(pick(card, "industry", d.industry())).businessScope(pick(card, "businessScope", d.businessScope()))
                .phone(pick(card, "phone", d.phone())).email(pick(card, "email", d.email())).website(pick(card, "website", d.website()))
                .source(registrySource ? "REGISTRY" : d.source()).custom(custom).build();
    }

    /** The draft's values under card keys, as text, for comparing with a card field by field. */
    public static Map<String, String> values(CustomerDraft d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", d.name()); m.put("creditCode", d.creditCode()); m.put("legalRepresentative", d.legalRepresentative());
        m.put("registeredCapital", d.registeredCapital()); m.put("capitalCurrency", d.capitalCurrency());
        m.put("establishedOn", d.establishedOn()); m.put("registrationStatus", d.registrationStatus());
        m.put("address", d.address()); m.put("region", d.region()); m.put("industry", d.industry());
        m.put("businessScope", d.businessScope()); m.put("phone", d.phone()); m.put("email", d.email());
        m.put("website", d.website());
        if (d.custom() != null) d.custom().forEach((k, v) -> m.put("custom." + k, v == null ? null : Conversions.text(v)));
        return m;
    }

    private static String pick(Map<String, String> card, String key, String otherwise) {
        return card.containsKey(key) ? card.get(key) : otherwise;
    }
}
