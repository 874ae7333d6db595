package io.qike.crm.intel.web;

import io.qike.crm.registry.ProviderFailure;
import io.qike.crm.registry.ProviderProblems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Intel's API controllers extend this, so a refused 企查查 call is a 502/503 problem with the provider's code
 * and message. Declared on the controllers because the platform's catch-all advice would otherwise answer 500.
 */
abstract class ProviderFailureHandling {
    private final ProviderProblems providerProblems;

    ProviderFailureHandling(ProviderProblems providerProblems) {
        this.providerProblems = providerProblems;
    }

    @ExceptionHandler(ProviderFailure.class)
    ResponseEntity<ProblemDetail> providerFailure(ProviderFailure f, HttpServletRequest request) {
        return providerProblems.of(request, f);
    }
}
