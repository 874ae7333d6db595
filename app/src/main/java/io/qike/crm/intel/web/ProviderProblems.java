package io.qike.crm.intel.web;

import io.qike.crm.intel.provider.FailureMessages;
import io.qike.crm.intel.provider.ProviderFailure;
import io.qike.crm.platform.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A failed 企查查 call in words: the clear message for the provider's code (or for the integration centre's
 * outcome, such as an exhausted budget), and the provider's own code and message for the administrator.
 */
@Component
class ProviderProblems {
    private final ProblemWriter problems;
    private final FailureMessages messages;

    ProviderProblems(ProblemWriter problems, FailureMessages messages) {
        this.problems = problems;
        this.messages = messages;
    }

    String message(ProviderFailure f) {
        return messages.message(f);
    }

    ResponseEntity<ProblemDetail> problem(ProviderFailure f, HttpServletRequest request) {
        ProblemDetail p = problems.problem(request, f.httpStatus(), f.code());
        p.setDetail(message(f));
        p.setInstance(URI.create(request.getRequestURI()));
        if (f.providerCode() != null) p.setProperty("providerCode", f.providerCode());
        if (f.providerMessage() != null) p.setProperty("providerMessage", f.providerMessage());
        if (f.runId() != null) p.setProperty("runId", f.runId());
        p.setProperty("retryable", f.retryable());
        return ResponseEntity.status(f.httpStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
