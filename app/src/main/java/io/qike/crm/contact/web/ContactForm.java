package io.qike.crm.contact.web;

import io.qike.crm.contact.ContactDraft;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The contact form as the browser posts it. */
public class ContactForm {
    private Long customerId, ownerId;
    private String name, mobile, email, title, wecomExternalUserId;
    private Map<String, String> custom = new HashMap<>();

    static ContactForm of(ContactDraft d) {
        ContactForm f = new ContactForm();
        f.customerId = d.customerId(); f.ownerId = d.ownerId(); f.name = d.name(); f.mobile = d.mobile(); f.email = d.email();
        f.title = d.title(); f.wecomExternalUserId = d.wecomExternalUserId();
        if (d.custom() != null) d.custom().forEach((k, v) -> f.custom.put(k, v == null ? null : v instanceof java.util.List<?> l
                ? String.join(",", l.stream().map(Object::toString).toList()) : v.toString()));
        return f;
    }

    ContactDraft toDraft() {
        Map<String, Object> values = new LinkedHashMap<>();
        custom.forEach((k, v) -> { if (v != null && !v.isBlank()) values.put(k, v); });
        return new ContactDraft(customerId, name, mobile, email, title, wecomExternalUserId, ownerId, values);
    }

    public Map<String, Object> customValues() {
        Map<String, Object> out = new HashMap<>();
        custom.forEach((k, v) -> out.put(k, v != null && v.contains(",") ? java.util.List.of(v.split(",")) : v));
        return out;
    }

    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long v) { customerId = v; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long v) { ownerId = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getMobile() { return mobile; }
    public void setMobile(String v) { mobile = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getWecomExternalUserId() { return wecomExternalUserId; }
    public void setWecomExternalUserId(String v) { wecomExternalUserId = v; }
    public Map<String, String> getCustom() { return custom; }
    public void setCustom(Map<String, String> v) { custom = v == null ? new HashMap<>() : v; }
}
