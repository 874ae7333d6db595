package io.qike.crm.customer;

import java.util.List;
import java.util.Map;

/**
 * What a user submits for a customer, from a form, the API or an import row. Numbers and dates
 * arrive as text so that each bad value is reported on its own field. Build one with {@link #builder()}
 * (or {@link #toBuilder()} to change some fields): nineteen positional values are easy to misplace.
 */
public record CustomerDraft(String name, String creditCode, String legalRepresentative, String registeredCapital,
                            String capitalCurrency, String establishedOn, String registrationStatus, String address,
                            String region, String industry, String businessScope, String phone, String email,
                            String website, Long ownerId, String source, String level, List<String> tags,
                            Map<String, Object> custom, String latitude, String longitude, String locationAddress) {

    public static CustomerDraft named(String name) {
        return builder().name(name).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().name(name).creditCode(creditCode).legalRepresentative(legalRepresentative)
                .registeredCapital(registeredCapital).capitalCurrency(capitalCurrency).establishedOn(establishedOn)
                .registrationStatus(registrationStatus).address(address).region(region).industry(industry)
                .businessScope(businessScope).phone(phone).email(email).website(website).ownerId(ownerId).source(source)
                .level(level).tags(tags).custom(custom).latitude(latitude).longitude(longitude).locationAddress(locationAddress);
    }

    public CustomerDraft withCreditCode(String code) {
        return toBuilder().creditCode(code).build();
    }

    public CustomerDraft withCustom(Map<String, Object> values) {
        return toBuilder().custom(values).build();
    }

    /** A draft field by field; unset fields are empty (no tags, no custom values). */
    public static final class Builder {
        private String name, creditCode, legalRepresentative, registeredCapital, capitalCurrency, establishedOn,
                registrationStatus, address, region, industry, businessScope, phone, email, website, source, level,
                latitude, longitude, locationAddress;
        private Long ownerId;
        private List<String> tags = List.of();
        private Map<String, Object> custom = Map.of();

        private Builder() {
        }

        public Builder name(String v) { name = v; return this; }
        public Builder creditCode(String v) { creditCode = v; return this; }
        public Builder legalRepresentative(String v) { legalRepresentative = v; return this; }
        public Builder registeredCapital(String v) { registeredCapital = v; return this; }
        public Builder capitalCurrency(String v) { capitalCurrency = v; return this; }
        public Builder establishedOn(String v) { establishedOn = v; return this; }
        public Builder registrationStatus(String v) { registrationStatus = v; return this; }
        public Builder address(String v) { address = v; return this; }
        public Builder region(String v) { region = v; return this; }
        public Builder industry(String v) { industry = v; return this; }
        public Builder businessScope(String v) { businessScope = v; return this; }
        public Builder phone(String v) { phone = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder website(String v) { website = v; return this; }
        public Builder ownerId(Long v) { ownerId = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder level(String v) { level = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder custom(Map<String, Object> v) { custom = v; return this; }
        /** Where the customer is (附近客户): WGS-84 degrees as text, both or neither, and the address the location came with. */
        public Builder latitude(String v) { latitude = v; return this; }
        public Builder longitude(String v) { longitude = v; return this; }
        public Builder locationAddress(String v) { locationAddress = v; return this; }

        public CustomerDraft build() {
            return new CustomerDraft(name, creditCode, legalRepresentative, registeredCapital, capitalCurrency, establishedOn,
                    registrationStatus, address, region, industry, businessScope, phone, email, website, ownerId, source, level,
                    tags, custom, latitude, longitude, locationAddress);
        }
    }
}
