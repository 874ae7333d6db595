package io.qike.crm.integration;

import java.util.List;

/**
 * An interface (接口) as the administrator defines it, in the seed's four steps: basic info (name,
 * apiName, description), request (method, path, query/header/body templates with {@code ${var}}
 * placeholders, declared params), response (fields by JSONPath) and success/failure rules with the
 * provider codes' messages.
 */
public record ApiInterfaceDraft(Long connectorId, String name, String apiName, String description,
                                String method, String path, List<NameValue> query, List<NameValue> headers,
                                BodyType bodyType, String body, List<InterfaceParam> params,
                                List<ResponseField> fields, ResultRules rules, List<CodeMessage> codes) {
    public ApiInterfaceDraft {
        query = query == null ? List.of() : List.copyOf(query);
        headers = headers == null ? List.of() : List.copyOf(headers);
        params = params == null ? List.of() : List.copyOf(params);
        fields = fields == null ? List.of() : List.copyOf(fields);
        codes = codes == null ? List.of() : List.copyOf(codes);
        if (rules == null) rules = ResultRules.httpOnly();
        if (bodyType == null) bodyType = BodyType.NONE;
    }
}
