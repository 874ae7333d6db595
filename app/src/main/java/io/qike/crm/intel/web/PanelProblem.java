package io.qike.crm.intel.web;

import io.qike.crm.registry.ProviderFailure;
import io.qike.crm.registry.ProviderProblems;

/**
 * A failed 企查查 call as a page shows it: the clear message for everyone; the provider's code and message and
 * the run log entry for the administrator who can fix the connection.
 */
record PanelProblem(String message, String providerCode, String providerMessage, Long runId, boolean retryable) {

    static PanelProblem of(ProviderFailure f, ProviderProblems problems) {
        return new PanelProblem(problems.message(f), f.providerCode(), f.providerMessage(), f.runId(), f.retryable());
    }

    static PanelProblem of(String message) {
        return new PanelProblem(message, null, null, null, false);
    }
}
