package io.qike.crm.lead.web;

import io.qike.crm.lead.LeadDraft;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The lead form as the browser posts it. */
public class LeadForm {
    private Long ownerId, poolId;
    private String companyName, contactName, mobile, email, source, region, status;
    private Map<String, String> custom = new HashMap<>();

    static LeadForm of(LeadDraft d) {
        LeadForm f = new LeadForm();
        f.ownerId = d.ownerId(); f.poolId = d.poolId(); f.companyName = d.companyName(); f.contactName = d.contactName();
        f.mobile = d.mobile(); f.email = d.email(); f.source = d.source(); f.region = d.region(); f.status = d.status();
        if (d.custom() != null) d.custom().forEach((k, v) -> f.custom.put(k, v == null ? null : v instanceof List<?> l
                ? String.join(",", l.stream().map(Object::toString).toList()) : v.toString()));
        return f;
    }

    LeadDraft toDraft() {
        Map<String, Object> values = new LinkedHashMap<>();
        custom.forEach((k, v) -> { if (v != null && !v.isBlank()) values.put(k, v); });
        return new LeadDraft(companyName, contactName, mobile, email, source, region, status, ownerId, poolId, values);
    }

    public Map<String, Object> customValues() {
        Map<String, Object> out = new HashMap<>();
        custom.forEach((k, v) -> out.put(k, v != null && v.contains(",") ? List.of(v.split(",")) : v));
        return out;
    }

    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long v) { ownerId = v; }
    public Long getPoolId() { return poolId; }
    public void setPoolId(Long v) { poolId = v; }
    public String getCompanyName() { return companyName; }
    public void setCompanyName(String v) { companyName = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getMobile() { return mobile; }
    public void setMobile(String v) { mobile = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public Map<String, String> getCustom() { return custom; }
    public void setCustom(Map<String, String> v) { custom = v == null ? new HashMap<>() : v; }
}
