package io.qike.crm.customer.web;

import io.qike.crm.customer.CustomerDraft;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The customer form as the browser posts it, plain or prefilled by another module (see {@link PrefilledCustomerPageController}). */
public class CustomerForm {
    private String name, creditCode, legalRepresentative, registeredCapital, capitalCurrency, establishedOn,
            registrationStatus, address, region, industry, businessScope, phone, email, website, source, level, tags,
            latitude, longitude, locationAddress;
    private Long ownerId;
    private Map<String, String> custom = new HashMap<>();

    public static CustomerForm of(CustomerDraft d) {
        CustomerForm f = new CustomerForm();
        f.name = d.name(); f.creditCode = d.creditCode(); f.legalRepresentative = d.legalRepresentative();
        f.registeredCapital = d.registeredCapital(); f.capitalCurrency = d.capitalCurrency(); f.establishedOn = d.establishedOn();
        f.registrationStatus = d.registrationStatus(); f.address = d.address(); f.region = d.region(); f.industry = d.industry();
        f.businessScope = d.businessScope(); f.phone = d.phone(); f.email = d.email(); f.website = d.website();
        f.source = d.source(); f.level = d.level(); f.ownerId = d.ownerId();
        f.latitude = d.latitude(); f.longitude = d.longitude(); f.locationAddress = d.locationAddress();
        f.tags = d.tags() == null ? null : String.join(", ", d.tags());
        if (d.custom() != null) d.custom().forEach((k, v) -> f.custom.put(k, v instanceof List<?> l
                ? String.join(",", l.stream().map(Object::toString).toList()) : v == null ? null : v.toString()));
        return f;
    }

    public CustomerDraft toDraft() {
        List<String> tagList = tags == null ? List.of()
                : Arrays.stream(tags.split("[,，]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        Map<String, Object> values = new LinkedHashMap<>();
        custom.forEach((k, v) -> { if (v != null && !v.isBlank()) values.put(k, v); });
        return CustomerDraft.builder().name(name).creditCode(creditCode).legalRepresentative(legalRepresentative)
                .registeredCapital(registeredCapital).capitalCurrency(capitalCurrency).establishedOn(establishedOn)
                .registrationStatus(registrationStatus).address(address).region(region).industry(industry)
                .businessScope(businessScope).phone(phone).email(email).website(website).ownerId(ownerId).source(source)
                .level(level).tags(tagList).custom(values).latitude(latitude).longitude(longitude).locationAddress(locationAddress).build();
    }

    /** Values for re-rendering custom inputs; multi-selects become lists again. */
    public Map<String, Object> customValues() {
        Map<String, Object> out = new HashMap<>();
        custom.forEach((k, v) -> out.put(k, v != null && v.contains(",") ? List.of(v.split(",")) : v));
        return out;
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String v) { creditCode = v; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String v) { legalRepresentative = v; }
    public String getRegisteredCapital() { return registeredCapital; }
    public void setRegisteredCapital(String v) { registeredCapital = v; }
    public String getCapitalCurrency() { return capitalCurrency; }
    public void setCapitalCurrency(String v) { capitalCurrency = v; }
    public String getEstablishedOn() { return establishedOn; }
    public void setEstablishedOn(String v) { establishedOn = v; }
    public String getRegistrationStatus() { return registrationStatus; }
    public void setRegistrationStatus(String v) { registrationStatus = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
    public String getIndustry() { return industry; }
    public void setIndustry(String v) { industry = v; }
    public String getBusinessScope() { return businessScope; }
    public void setBusinessScope(String v) { businessScope = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getWebsite() { return website; }
    public void setWebsite(String v) { website = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public String getLevel() { return level; }
    public void setLevel(String v) { level = v; }
    public String getTags() { return tags; }
    public void setTags(String v) { tags = v; }
    public String getLatitude() { return latitude; }
    public void setLatitude(String v) { latitude = v; }
    public String getLongitude() { return longitude; }
    public void setLongitude(String v) { longitude = v; }
    public String getLocationAddress() { return locationAddress; }
    public void setLocationAddress(String v) { locationAddress = v; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long v) { ownerId = v; }
    public Map<String, String> getCustom() { return custom; }
    public void setCustom(Map<String, String> v) { custom = v == null ? new HashMap<>() : v; }
}
