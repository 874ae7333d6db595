package io.qike.crm.intel.web;

import io.qike.crm.intel.provider.ProviderFailure;
import io.qike.crm.platform.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final MessageSource messages;

    ProviderProblems(ProblemWriter problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** The clear message in the user's language. */
    String message(ProviderFailure f) {
        if (f.clearMessage() != null) return f.clearMessage();
        return messages.getMessage("integration.outcome." + f.code(), null,
                messages.getMessage("error." + f.code(), null, f.code(), LocaleContextHolder.getLocale()), LocaleContextHolder.getLocale());
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
