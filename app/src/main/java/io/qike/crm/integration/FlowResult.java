package io.qike.crm.integration;

import java.util.Map;

/**
 * The outcome of one action-flow invocation.
 *
 * @param status          SUCCESS with outputs, EMPTY (the provider found nothing) or FAILURE
 * @param outputs         the output fields, by name (empty unless SUCCESS)
 * @param code            a stable code for EMPTY/FAILURE: {@code provider_error}, {@code budget_exhausted},
 *                        {@code circuit_open}, {@code timeout}, ... (null on success)
 * @param messageKey      message-bundle key describing {@code code} to users
 * @param message         the clear message configured for the provider code, if any
 * @param providerCode    the provider's own code (for example 企查查 101), if it answered
 * @param providerMessage the provider's own message, if it answered
 * @param runId           the run log entry
 */
public record FlowResult(FlowStatus status, Map<String, Object> outputs, String code, String messageKey, String message,
                         String providerCode, String providerMessage, Long runId) {

    public boolean succeeded() {
        return status == FlowStatus.SUCCESS;
    }
}
