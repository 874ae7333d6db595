package io.qike.crm.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The API document as a client generator needs it: how to authenticate, and the problem+json answers every
 * operation can give, declared once here rather than on each controller.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {
    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    /** Operations anybody may call: signing in and the liveness probe. */
    static final String TOKEN = "/api/v1/auth/token";
    static final Set<String> PUBLIC = Set.of(TOKEN, "/api/v1/status");

    @Bean
    OpenAPI qikeApi() {
        return new OpenAPI()
                .info(new Info().title("Qike CRM API").version("v1")
                        .description("Errors are RFC 9457 problem+json in the caller's language (Accept-Language), with a stable code."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").bearerFormat("opaque token")
                        .description("A token from POST /api/v1/auth/token, or a personal API token")));
    }

    /**
     * Stable operation ids for generated clients: the controller's subject and the method, e.g. customerList; a method
     * named like its subject (customerMerge, invoke) is the subject alone.
     */
    @Bean
    OperationCustomizer operationIds() {
        return (operation, handler) -> {
            String subject = StringUtils.uncapitalize(handler.getBeanType().getSimpleName().replaceFirst("(Api)?Controller$", ""));
            String method = StringUtils.capitalize(handler.getMethod().getName());
            operation.setOperationId(subject.equalsIgnoreCase(method) || subject.endsWith(method) ? subject : subject + method);
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            api.getComponents().addSchemas("ProblemFieldError", typed("object")
                    .description("One field's problem")
                    .addProperty("field", typed("string").description("The field, as named in the request"))
                    .addProperty("code", typed("string").description("Stable code, e.g. required"))
                    .addProperty("message", typed("string").description("The problem in the caller's language")));
            api.getComponents().addSchemas(PROBLEM, typed("object")
                    .description("RFC 9457 problem details")
                    .addProperty("type", typed("string").format("uri"))
                    .addProperty("title", typed("string").description("What went wrong, in the caller's language"))
                    .addProperty("status", typed("integer").format("int32"))
                    .addProperty("detail", typed("string").description("Each field's problem with its label, or more about the problem"))
                    .addProperty("instance", typed("string").format("uri-reference"))
                    .addProperty("code", typed("string").description("Stable code, e.g. invalid_input, not_found"))
                    .addProperty("errors", typed("array").items(new Schema<>().$ref("#/components/schemas/ProblemFieldError"))));
            if (api.getPaths() == null) return;
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> document(path, operation)));
        };
    }

    private static void document(String path, Operation operation) {
        boolean isPublic = PUBLIC.contains(path);
        if (!isPublic && (operation.getSecurity() == null || operation.getSecurity().isEmpty())) {
            operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
        }
        if (operation.getResponses() == null) operation.setResponses(new ApiResponses());
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) problem(operation, "400", "Invalid input: errors names each field");
        if (!isPublic) {
            problem(operation, "401", "No or an expired token");
            problem(operation, "403", "The caller lacks the permission");
        }
        if (path.contains("{")) problem(operation, "404", "Not found, or not visible to the caller");
        if (path.equals(TOKEN)) {
            problem(operation, "401", "Unknown login or wrong password (bad_credentials)");
            problem(operation, "429", "Too many failed attempts (too_many_attempts); see Retry-After");
        }
    }

    /** The document is OpenAPI 3.1, which reads a schema's types; 3.0 reads its type: set both. */
    private static Schema<Object> typed(String type) {
        return new Schema<>().type(type).types(Set.of(type));
    }

    private static void problem(Operation operation, String status, String description) {
        ApiResponses responses = operation.getResponses();
        ApiResponse response = responses.computeIfAbsent(status, s -> new ApiResponse().description(description));
        if (response.getContent() == null) response.setContent(new Content());
        response.getContent().putIfAbsent("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }
}
