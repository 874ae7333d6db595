package io.qike.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The API document is what integrators generate their clients from: it must parse without a message, say how to
 * authenticate, name and describe every operation, and declare the problem+json answers each one can give.
 */
@IntegrationTest
class ApiDocumentTest {
    /** Anybody may call these; the operator API has its own token. */
    static final Set<String> PUBLIC = Set.of("/api/v1/auth/token", "/api/v1/status");
    static final String OPERATOR = "/api/v1/operator/";
    static final String PROBLEM = "#/components/schemas/Problem";

    @LocalServerPort int port;

    @Test
    void theDocumentParsesWithoutAnyMessage() {
        String document = new Api(port).get("/v3/api-docs").body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);

        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getMessages()).isEmpty();
    }

    @Test
    void everyOperationIsDescribedSecuredAndAnswersProblems() {
        JsonNode doc = new Api(port).get("/v3/api-docs").json();
        List<String> violations = new ArrayList<>();
        JsonNode bearer = doc.at("/components/securitySchemes/bearer");
        if (!"http".equals(bearer.path("type").asString("")) || !"bearer".equals(bearer.path("scheme").asString(""))
                || !"opaque token".equals(bearer.path("bearerFormat").asString(""))) {
            violations.add("components.securitySchemes.bearer is not an HTTP bearer scheme with bearerFormat 'opaque token': " + bearer);
        }
        if (!"http".equals(doc.at("/components/securitySchemes/operatorToken/type").asString(""))) {
            violations.add("components.securitySchemes.operatorToken is missing");
        }
        JsonNode problem = doc.at("/components/schemas/Problem/properties");
        for (String property : List.of("code", "title", "detail", "status", "instance", "errors")) {
            if (!problem.has(property)) violations.add("Problem schema lacks " + property);
        }
        JsonNode fieldError = doc.at("/components/schemas/ProblemFieldError/properties");
        for (String property : List.of("field", "code", "message")) {
            if (!fieldError.has(property)) violations.add("Problem errors[] lack " + property);
        }

        Set<String> operationIds = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                operations++;
                String where = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = entry.getValue();
                check(where, path.getKey(), op, operationIds, violations);
            }
        }

        assertThat(operations).isGreaterThan(50);
        assertThat(violations).isEmpty();
    }

    @Test
    void createsDeletesAndJobsDeclareTheStatusTheyAnswer() {
        JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");

        assertThat(paths.at("/~1api~1v1~1customers/post/responses").propertyNames()).contains("201").doesNotContain("200");
        assertThat(paths.at("/~1api~1v1~1sales-records/post/responses").propertyNames()).contains("201").doesNotContain("200");
        assertThat(paths.at("/~1api~1v1~1customers~1{id}/delete/responses").propertyNames()).contains("204").doesNotContain("200");
        assertThat(paths.at("/~1api~1v1~1imports/post/responses").propertyNames()).contains("202").doesNotContain("200");
        assertThat(paths.at("/~1api~1v1~1registry~1enrichments/post/responses").propertyNames()).contains("202").doesNotContain("200");
    }

    private static void check(String where, String path, JsonNode op, Set<String> operationIds, List<String> violations) {
        if (op.path("summary").asString("").isBlank()) violations.add(where + ": no summary");
        String id = op.path("operationId").asString("");
        if (id.isBlank() || !operationIds.add(id)) violations.add(where + ": operationId missing or not unique: " + id);

        boolean isPublic = PUBLIC.contains(path);
        String scheme = path.startsWith(OPERATOR) ? "operatorToken" : "bearer";
        boolean secured = false;
        for (JsonNode requirement : op.path("security")) secured |= requirement.has(scheme);
        if (!isPublic && !secured) violations.add(where + ": does not declare the " + scheme + " security requirement");

        boolean takesInput = op.has("requestBody") || !op.path("parameters").isEmpty();
        if (takesInput) problem(where, op, "400", violations);
        if (!isPublic) {
            problem(where, op, "401", violations);
            problem(where, op, "403", violations);
        }
        if (path.contains("{")) problem(where, op, "404", violations);

        for (JsonNode p : op.path("parameters")) {
            JsonNode schema = p.path("schema");
            if ("query".equals(p.path("in").asString("")) && ("object".equals(schema.path("type").asString("")) || schema.has("$ref")
                    || schema.has("additionalProperties"))) {
                violations.add(where + ": query parameter '" + p.path("name").asString("") + "' is an object");
            }
        }
    }

    private static void problem(String where, JsonNode op, String status, List<String> violations) {
        String ref = op.path("responses").path(status).path("content").path("application/problem+json").path("schema").path("$ref")
                .asString("");
        if (!PROBLEM.equals(ref)) violations.add(where + ": no " + status + " application/problem+json Problem response");
    }
}
