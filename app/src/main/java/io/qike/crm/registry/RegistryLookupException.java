package io.qike.crm.registry;

/**
 * A customer could not be created or refreshed because the registry gave no company: not found, an
 * invalid query, the providers unavailable, or no provider set up. Pages show the outcome's message;
 * the API answers it as problem+json (404, 400, 503, 409).
 */
public class RegistryLookupException extends RuntimeException {
    private final LookupOutcome outcome;

    public RegistryLookupException(LookupOutcome outcome) {
        super("registry lookup " + outcome.status());
        this.outcome = outcome;
    }

    public LookupOutcome outcome() {
        return outcome;
    }
}
