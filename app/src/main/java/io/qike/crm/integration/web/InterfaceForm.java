package io.qike.crm.integration.web;

import io.qike.crm.integration.ApiInterfaceDraft;
import io.qike.crm.integration.BodyType;
import io.qike.crm.integration.CodeMessage;
import io.qike.crm.integration.ResultFieldType;
import io.qike.crm.integration.InterfaceParam;
import io.qike.crm.integration.NameValue;
import io.qike.crm.integration.ParamType;
import io.qike.crm.integration.ResponseField;
import io.qike.crm.integration.ResultRules;
import io.qike.crm.platform.validation.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The interface form in the seed's four steps (基础, 请求, 响应, 成功失败). Each table is a list of its own
 * rows: query parameters and headers, params, response fields and codes.
 * Empty rows are ignored, and a few are always added so the form can grow without script.
 */
public class InterfaceForm {
    static final int SPARE_ROWS = 2;
    private Long connectorId;
    private String name, apiName, description, method = "GET", path, body, codePath, successCodes, emptyCodes, messagePath;
    private BodyType bodyType = BodyType.NONE;
    private List<NameValueRow> query = new ArrayList<>(), headers = new ArrayList<>();
    private List<ParamRow> params = new ArrayList<>();
    private List<ResponseFieldRow> fields = new ArrayList<>();
    private List<CodeRow> codes = new ArrayList<>();

    static InterfaceForm blank(long connectorId) {
        InterfaceForm f = new InterfaceForm();
        f.connectorId = connectorId;
        return f.withSpareRows();
    }

    static InterfaceForm of(ApiInterfaceDraft d) {
        InterfaceForm f = new InterfaceForm();
        f.connectorId = d.connectorId(); f.name = d.name(); f.apiName = d.apiName(); f.description = d.description();
        f.method = d.method(); f.path = d.path(); f.bodyType = d.bodyType(); f.body = d.body();
        d.query().forEach(q -> f.query.add(NameValueRow.of(q.name(), q.value())));
        d.headers().forEach(h -> f.headers.add(NameValueRow.of(h.name(), h.value())));
        d.params().forEach(p -> f.params.add(ParamRow.of(p)));
        for (ResponseField field : d.fields()) {
            f.fields.add(ResponseFieldRow.of(field, null));
            field.items().forEach(item -> f.fields.add(ResponseFieldRow.of(item, field.name())));
        }
        f.codePath = d.rules().codePath(); f.messagePath = d.rules().messagePath();
        f.successCodes = String.join(", ", d.rules().successCodes()); f.emptyCodes = String.join(", ", d.rules().emptyCodes());
        d.codes().forEach(c -> f.codes.add(CodeRow.of(c)));
        return f.withSpareRows();
    }

    InterfaceForm withSpareRows() {
        spare(query, NameValueRow::isBlank, NameValueRow::new);
        spare(headers, NameValueRow::isBlank, NameValueRow::new);
        spare(params, ParamRow::isBlank, ParamRow::new);
        spare(fields, ResponseFieldRow::isBlank, ResponseFieldRow::new);
        spare(codes, CodeRow::isBlank, CodeRow::new);
        return this;
    }

    /** Drops the table's empty rows, then adds {@link #SPARE_ROWS} empty ones. */
    static <R> void spare(List<R> rows, Predicate<R> blank, Supplier<R> empty) {
        rows.removeIf(blank);
        for (int i = 0; i < SPARE_ROWS; i++) rows.add(empty.get());
    }

    ApiInterfaceDraft toDraft() {
        List<InterfaceParam> ps = params.stream().filter(r -> !r.isBlank())
                .map(r -> new InterfaceParam(Text.trimToNull(r.getName()), Text.trimToNull(r.getLabel()), type(ParamType.class, r.getType()), r.isRequired())).toList();
        List<ResponseField> top = new ArrayList<>();
        for (ResponseFieldRow r : fields) {
            if (r.isBlank() || !Text.isBlank(r.getParent())) continue;
            List<ResponseField> items = fields.stream().filter(i -> !i.isBlank() && r.getName() != null && r.getName().trim().equals(Text.trimToNull(i.getParent())))
                    .map(i -> new ResponseField(Text.trimToNull(i.getName()), Text.trimToNull(i.getLabel()), Text.trimToNull(i.getPath()), type(ResultFieldType.class, i.getType()), null)).toList();
            top.add(new ResponseField(Text.trimToNull(r.getName()), Text.trimToNull(r.getLabel()), Text.trimToNull(r.getPath()), type(ResultFieldType.class, r.getType()), items));
        }
        List<CodeMessage> cs = codes.stream().filter(r -> !r.isBlank())
                .map(r -> new CodeMessage(Text.trimToNull(r.getCode()), r.stored(), r.isRetryable())).toList();
        return new ApiInterfaceDraft(connectorId, name, apiName, description, method, path, pairs(query), pairs(headers), bodyType,
                body, ps, top, new ResultRules(Text.trimToNull(codePath), Options.codes(successCodes), Options.codes(emptyCodes), Text.trimToNull(messagePath)), cs);
    }

    private static List<NameValue> pairs(List<NameValueRow> rows) {
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
    public List<NameValueRow> getQuery() { return query; }
    public void setQuery(List<NameValueRow> v) { query = v; }
    public List<NameValueRow> getHeaders() { return headers; }
    public void setHeaders(List<NameValueRow> v) { headers = v; }
    public List<ParamRow> getParams() { return params; }
    public void setParams(List<ParamRow> v) { params = v; }
    public List<ResponseFieldRow> getFields() { return fields; }
    public void setFields(List<ResponseFieldRow> v) { fields = v; }
    public List<CodeRow> getCodes() { return codes; }
    public void setCodes(List<CodeRow> v) { codes = v; }
}
