package io.qike.crm.registry.web;

import io.qike.crm.platform.web.ProblemWriter;
import io.qike.crm.registry.LookupOutcome;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A lookup without a company as problem+json: not found 404, an invalid query 400 with the message
 * on {@code keyword}, providers unavailable 503, no provider set up 409; the detail is the message
 * users see, in the caller's language.
 */
@Component
class LookupProblems {
    private final ProblemWriter problems;
    private final Messages messages;

    LookupProblems(ProblemWriter problems, Messages messages) {
        this.problems = problems;
        this.messages = messages;
    }

    ResponseEntity<ProblemDetail> of(HttpServletRequest request, LookupOutcome o) {
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
        p.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
