package io.qike.crm.integration.web;

import io.qike.crm.integration.ApiInterfaceDraft;
import io.qike.crm.integration.BodyType;
import io.qike.crm.integration.CodeMessage;
import io.qike.crm.integration.FieldType;
import io.qike.crm.integration.InterfaceParam;
import io.qike.crm.integration.NameValue;
import io.qike.crm.integration.ParamType;
import io.qike.crm.integration.ResponseField;
import io.qike.crm.integration.ResultRules;
import io.qike.crm.platform.validation.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The interface form in the seed's four steps (基础, 请求, 响应, 成功失败). Tables are lists of
 * {@link Row}s; a response field whose {@code parent} names a LIST field is one of its item fields.
 * Empty rows are ignored, and a few are always added so the form can grow without script.
 */
public class InterfaceForm {
    static final int SPARE_ROWS = 2;
    private Long connectorId;
    private String name, apiName, description, method = "GET", path, body, codePath, successCodes, emptyCodes, messagePath;
    private BodyType bodyType = BodyType.NONE;
    private List<Row> query = new ArrayList<>(), headers = new ArrayList<>(), params = new ArrayList<>(),
            fields = new ArrayList<>(), codes = new ArrayList<>();

    static InterfaceForm blank(long connectorId) {
        InterfaceForm f = new InterfaceForm();
        f.connectorId = connectorId;
        return f.withSpareRows();
    }

    static InterfaceForm of(ApiInterfaceDraft d) {
        InterfaceForm f = new InterfaceForm();
        f.connectorId = d.connectorId(); f.name = d.name(); f.apiName = d.apiName(); f.description = d.description();
        f.method = d.method(); f.path = d.path(); f.bodyType = d.bodyType(); f.body = d.body();
        d.query().forEach(q -> f.query.add(Row.of(q.name(), q.value())));
        d.headers().forEach(h -> f.headers.add(Row.of(h.name(), h.value())));
        for (InterfaceParam p : d.params()) {
            Row r = Row.of(p.name(), null);
            r.setLabel(p.label()); r.setType(p.type().name()); r.setRequired(p.required());
            f.params.add(r);
        }
        for (ResponseField field : d.fields()) {
            f.fields.add(field(field, null));
            field.items().forEach(item -> f.fields.add(field(item, field.name())));
        }
        f.codePath = d.rules().codePath(); f.messagePath = d.rules().messagePath();
        f.successCodes = String.join(", ", d.rules().successCodes()); f.emptyCodes = String.join(", ", d.rules().emptyCodes());
        for (CodeMessage c : d.codes()) {
            Row r = new Row();
            r.setCode(c.code()); r.setMessage(c.message()); r.setRetryable(c.retryable());
            f.codes.add(r);
        }
        return f.withSpareRows();
    }

    private static Row field(ResponseField field, String parent) {
        Row r = Row.of(field.name(), null);
        r.setLabel(field.label()); r.setPath(field.path()); r.setType(field.type().name()); r.setParent(parent);
        return r;
    }

    InterfaceForm withSpareRows() {
        for (List<Row> rows : List.of(query, headers, params, fields, codes)) {
            rows.removeIf(Row::isBlank);
            for (int i = 0; i < SPARE_ROWS; i++) rows.add(new Row());
        }
        return this;
    }

    ApiInterfaceDraft toDraft() {
        List<InterfaceParam> ps = params.stream().filter(r -> !r.isBlank())
                .map(r -> new InterfaceParam(Text.trimToNull(r.getName()), Text.trimToNull(r.getLabel()), type(ParamType.class, r.getType()), r.isRequired())).toList();
        List<ResponseField> top = new ArrayList<>();
        for (Row r : fields) {
            if (r.isBlank() || !Text.isBlank(r.getParent())) continue;
            List<ResponseField> items = fields.stream().filter(i -> !i.isBlank() && r.getName() != null && r.getName().trim().equals(Text.trimToNull(i.getParent())))
                    .map(i -> new ResponseField(Text.trimToNull(i.getName()), Text.trimToNull(i.getLabel()), Text.trimToNull(i.getPath()), type(FieldType.class, i.getType()), null)).toList();
            top.add(new ResponseField(Text.trimToNull(r.getName()), Text.trimToNull(r.getLabel()), Text.trimToNull(r.getPath()), type(FieldType.class, r.getType()), items));
        }
        List<CodeMessage> cs = codes.stream().filter(r -> !r.isBlank())
                .map(r -> new CodeMessage(Text.trimToNull(r.getCode()), Text.trimToNull(r.getMessage()), r.isRetryable())).toList();
        return new ApiInterfaceDraft(connectorId, name, apiName, description, method, path, pairs(query), pairs(headers), bodyType,
                body, ps, top, new ResultRules(Text.trimToNull(codePath), Options.codes(successCodes), Options.codes(emptyCodes), Text.trimToNull(messagePath)), cs);
    }

    private static List<NameValue> pairs(List<Row> rows) {
        return rows.stream().filter(r -> !r.isBlank()).map(r -> new NameValue(Text.trimToNull(r.getName()), r.getValue() == null ? "" : r.getValue())).toList();
    }

    static <E extends Enum<E>> E type(Class<E> type, String value) {
        try {
            return Text.isBlank(value) ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Long getConnectorId() { return connectorId; }
    public void setConnectorId(Long v) { connectorId = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getApiName() { return apiName; }
    public void setApiName(String v) { apiName = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getMethod() { return method; }
    public void setMethod(String v) { method = v; }
    public String getPath() { return path; }
    public void setPath(String v) { path = v; }
    public BodyType getBodyType() { return bodyType; }
    public void setBodyType(BodyType v) { bodyType = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
    public String getCodePath() { return codePath; }
    public void setCodePath(String v) { codePath = v; }
    public String getSuccessCodes() { return successCodes; }
    public void setSuccessCodes(String v) { successCodes = v; }
    public String getEmptyCodes() { return emptyCodes; }
    public void setEmptyCodes(String v) { emptyCodes = v; }
    public String getMessagePath() { return messagePath; }
    public void setMessagePath(String v) { messagePath = v; }
    public List<Row> getQuery() { return query; }
    public void setQuery(List<Row> v) { query = v; }
    public List<Row> getHeaders() { return headers; }
    public void setHeaders(List<Row> v) { headers = v; }
    public List<Row> getParams() { return params; }
    public void setParams(List<Row> v) { params = v; }
    public List<Row> getFields() { return fields; }
    public void setFields(List<Row> v) { fields = v; }
    public List<Row> getCodes() { return codes; }
    public void setCodes(List<Row> v) { codes = v; }
}
