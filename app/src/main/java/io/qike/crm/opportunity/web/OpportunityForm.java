package io.qike.crm.opportunity.web;

import io.qike.crm.opportunity.OpportunityDraft;
import io.qike.crm.opportunity.OpportunityLine;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The opportunity form as the browser posts it: product lines as three parallel lists (name, quantity, unit price). */
public class OpportunityForm {
    private Long customerId, ownerId, processId, stageId;
    private String name, amount, expectedCloseOn, probability, reason;
    private List<String> lineName = new ArrayList<>(), lineQuantity = new ArrayList<>(), lineUnitPrice = new ArrayList<>();
    private Map<String, String> custom = new HashMap<>();

    static OpportunityForm of(OpportunityDraft d) {
        OpportunityForm f = new OpportunityForm();
        f.customerId = d.customerId(); f.ownerId = d.ownerId(); f.processId = d.processId(); f.stageId = d.stageId(); f.name = d.name();
        f.amount = d.amount() == null ? null : d.amount().toPlainString(); f.expectedCloseOn = d.expectedCloseOn();
        f.probability = d.probability() == null ? null : d.probability().toString(); f.reason = d.reason();
        if (d.lines() != null) d.lines().forEach(l -> { f.lineName.add(l.name()); f.lineQuantity.add(l.quantity().stripTrailingZeros().toPlainString());
            f.lineUnitPrice.add(l.unitPrice().toPlainString()); });
        if (d.custom() != null) d.custom().forEach((k, v) -> f.custom.put(k, v == null ? null : v instanceof List<?> l
                ? String.join(",", l.stream().map(Object::toString).toList()) : v.toString()));
        return f;
    }

    /** The draft; a number that is not one is a field problem ("number"). */
    OpportunityDraft toDraft() {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal amt = decimal("amount", amount, problems);
        Integer prob = null;
        if (probability != null && !probability.isBlank()) {
            try { prob = Integer.valueOf(probability.trim()); } catch (NumberFormatException e) { problems.add(FieldProblem.of("probability", "number")); }
        }
        List<OpportunityLine> lines = new ArrayList<>();
        for (int i = 0; i < lineName.size(); i++) {
            String q = i < lineQuantity.size() ? lineQuantity.get(i) : null, p = i < lineUnitPrice.size() ? lineUnitPrice.get(i) : null;
            if (blank(lineName.get(i)) && blank(q) && blank(p)) continue;
            lines.add(new OpportunityLine(lineName.get(i), decimal("lines[" + i + "].quantity", q, problems),
                    decimal("lines[" + i + "].unitPrice", p, problems)));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Map<String, Object> values = new LinkedHashMap<>();
        custom.forEach((k, v) -> { if (v != null && !v.isBlank()) values.put(k, v); });
        return new OpportunityDraft(customerId, name, amt, expectedCloseOn, processId, stageId, prob, ownerId, reason, lines, values);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static BigDecimal decimal(String field, String value, List<FieldProblem> problems) {
        if (blank(value)) return null;
        try {
            return new BigDecimal(value.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "number"));
            return null;
        }
    }

    public Map<String, Object> customValues() {
        Map<String, Object> out = new HashMap<>();
        custom.forEach((k, v) -> out.put(k, v != null && v.contains(",") ? List.of(v.split(",")) : v));
        return out;
    }

    /** The lines as rows for the form (with one empty row to type a new line into). */
    public List<String[]> lineRows() {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < lineName.size(); i++) {
            rows.add(new String[]{lineName.get(i), i < lineQuantity.size() ? lineQuantity.get(i) : "", i < lineUnitPrice.size() ? lineUnitPrice.get(i) : ""});
        }
        rows.add(new String[]{"", "", ""});
        return rows;
    }

    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long v) { customerId = v; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long v) { ownerId = v; }
    public Long getProcessId() { return processId; }
    public void setProcessId(Long v) { processId = v; }
    public Long getStageId() { return stageId; }
    public void setStageId(Long v) { stageId = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getAmount() { return amount; }
    public void setAmount(String v) { amount = v; }
    public String getExpectedCloseOn() { return expectedCloseOn; }
    public void setExpectedCloseOn(String v) { expectedCloseOn = v; }
    public String getProbability() { return probability; }
    public void setProbability(String v) { probability = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public List<String> getLineName() { return lineName; }
    public void setLineName(List<String> v) { lineName = v == null ? new ArrayList<>() : v; }
    public List<String> getLineQuantity() { return lineQuantity; }
    public void setLineQuantity(List<String> v) { lineQuantity = v == null ? new ArrayList<>() : v; }
    public List<String> getLineUnitPrice() { return lineUnitPrice; }
    public void setLineUnitPrice(List<String> v) { lineUnitPrice = v == null ? new ArrayList<>() : v; }
    public Map<String, String> getCustom() { return custom; }
    public void setCustom(Map<String, String> v) { custom = v == null ? new HashMap<>() : v; }
}
