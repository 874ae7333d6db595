package io.qike.crm.lead.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The custom field inputs of the 转换 page as the browser posts them: {@code customerCustom[code]} for the new
 * customer and {@code contactCustom[code]} for the new contact (a multi-select's values joined by commas).
 */
public class ConvertCustomForm {
    private Map<String, String> customerCustom = new HashMap<>();
    private Map<String, String> contactCustom = new HashMap<>();

    /** The values typed, blanks left out, as the drafts take them. */
    static Map<String, Object> values(Map<String, String> typed) {
        Map<String, Object> values = new LinkedHashMap<>();
        typed.forEach((k, v) -> { if (v != null && !v.isBlank()) values.put(k, v); });
        return values;
    }

    /** The values for showing the inputs again; multi-selects become lists again. */
    static Map<String, Object> shown(Map<String, String> typed) {
        Map<String, Object> out = new HashMap<>();
        typed.forEach((k, v) -> out.put(k, v != null && v.contains(",") ? List.of(v.split(",")) : v));
        return out;
    }

    public Map<String, Object> customerValues() { return shown(customerCustom); }
    public Map<String, Object> contactValues() { return shown(contactCustom); }
    public Map<String, String> getCustomerCustom() { return customerCustom; }
    public void setCustomerCustom(Map<String, String> v) { customerCustom = v == null ? new HashMap<>() : v; }
    public Map<String, String> getContactCustom() { return contactCustom; }
    public void setContactCustom(Map<String, String> v) { contactCustom = v == null ? new HashMap<>() : v; }
}
