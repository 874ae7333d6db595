package io.qike.crm.registry;

import io.qike.crm.platform.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What a provider did not give, as problem+json, for every API that asks a provider (工商信息 and 关系数据):
 * the detail is the message users see, in the caller's language; what the provider itself said goes along
 * for the administrator who can fix the connection.
 */
@Component
public class ProviderProblems {
    private final ProblemWriter problems;
    private final RegistryMessages messages;

    ProviderProblems(ProblemWriter problems, RegistryMessages messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /**
     * A lookup without a company: not found 404, an invalid query 400 with the message on {@code keyword},
     * providers unavailable 503, no provider set up 409; the provider that answered and the fallback's reason.
     */
    public ResponseEntity<ProblemDetail> of(HttpServletRequest request, LookupOutcome o) {
        String message = messages.text(o.message());
        ProblemDetail p = switch (o.status()) {
            case NOT_FOUND -> problems.problem(request, 404, "registry_not_found");
            case INVALID_QUERY -> {
                ProblemDetail x = problems.problem(request, 400, "invalid_input");
                x.setProperty("errors", List.of(Map.of("field", "keyword", "code", "registry_invalid_query", "message", message)));
                yield x;
            }
            case DISABLED -> problems.problem(request, 409, "registry_disabled");
            default -> problems.problem(request, 503, "registry_unavailable");
        };
        p.setDetail(message);
        if (o.provider() != null) p.setProperty("provider", o.provider().code());
        if (o.fallback() != null) p.setProperty("fallback", messages.text(o.fallback()));
        return answer(request, p);
    }

    /**
     * A refused or failed call ({@link ProviderFailure#httpStatus()}): the clear message, the provider's own code
     * and message, the run log entry that holds the exchange, and whether asking again later may help.
     */
    public ResponseEntity<ProblemDetail> of(HttpServletRequest request, ProviderFailure f) {
        ProblemDetail p = problems.problem(request, f.httpStatus(), f.code());
        p.setDetail(message(f));
        if (f.providerCode() != null) p.setProperty("providerCode", f.providerCode());
        if (f.providerMessage() != null) p.setProperty("providerMessage", f.providerMessage());
        if (f.runId() != null) p.setProperty("runId", f.runId());
        p.setProperty("retryable", f.retryable());
        return answer(request, p);
    }

    /** The failure's clear message in the user's language, for pages that show it in place. */
    public String message(ProviderFailure f) {
        return messages.text(f);
    }

    private static ResponseEntity<ProblemDetail> answer(HttpServletRequest request, ProblemDetail p) {
        p.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
