package io.qike.crm.customer;

import java.util.List;
import java.util.Map;

/**
 * What a user submits for a customer, from a form, the API or an import row. Numbers and dates
 * arrive as text so that each bad value is reported on its own field.
 */
public record CustomerDraft(String name, String creditCode, String legalRepresentative, String registeredCapital,
                            String capitalCurrency, String establishedOn, String registrationStatus, String address,
                            String region, String industry, String businessScope, String phone, String email,
                            String website, Long ownerId, String source, String level, List<String> tags,
                            Map<String, Object> custom) {

    public static CustomerDraft named(String name) {
        return new CustomerDraft(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, List.of(), Map.of());
    }

    public CustomerDraft withCreditCode(String code) {
        return new CustomerDraft(name, code, legalRepresentative, registeredCapital, capitalCurrency, establishedOn,
                registrationStatus, address, region, industry, businessScope, phone, email, website, ownerId, source, level,
                tags, custom);
    }

    public CustomerDraft withCustom(Map<String, Object> values) {
        return new CustomerDraft(name, creditCode, legalRepresentative, registeredCapital, capitalCurrency, establishedOn,
                registrationStatus, address, region, industry, businessScope, phone, email, website, ownerId, source, level,
                tags, values);
    }
}
