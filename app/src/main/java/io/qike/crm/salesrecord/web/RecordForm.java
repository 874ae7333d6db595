package io.qike.crm.salesrecord.web;

import io.qike.crm.salesrecord.SalesRecordDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The inline edit form of a record on the timeline, as the browser posts it; custom inputs arrive as {@code custom[code]}. */
public class RecordForm {
    private String type, content, occurredAt, nextFollowUpAt;
    private Long contactId;
    private Map<String, String> custom = new HashMap<>();
    private List<Long> removeAttachments = new ArrayList<>();

    /** On a customer's timeline ({@code customerId}) or a lead's ({@code leadId}); a blank 下次跟进时间 clears it, none (no field) keeps it. */
    SalesRecordDraft toDraft(Long customerId, Long leadId) {
        Map<String, Object> values = new LinkedHashMap<>();
        custom.forEach((k, v) -> { if (v != null && !v.isBlank()) values.put(k, v); });
        return new SalesRecordDraft(customerId, contactId, type, content, occurredAt, values, nextFollowUpAt, leadId);
    }

    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getContent() { return content; }
    public void setContent(String v) { content = v; }
    public String getOccurredAt() { return occurredAt; }
    public void setOccurredAt(String v) { occurredAt = v; }
    public String getNextFollowUpAt() { return nextFollowUpAt; }
    public void setNextFollowUpAt(String v) { nextFollowUpAt = v; }
    public Long getContactId() { return contactId; }
    public void setContactId(Long v) { contactId = v; }
    public Map<String, String> getCustom() { return custom; }
    public void setCustom(Map<String, String> v) { custom = v == null ? new HashMap<>() : v; }
    public List<Long> getRemoveAttachments() { return removeAttachments; }
    public void setRemoveAttachments(List<Long> v) { removeAttachments = v == null ? new ArrayList<>() : v; }
}
