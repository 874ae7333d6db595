package io.qike.crm.customer;

/**
 * A source could not prefill the customer for its reference (for the registry: no such company, a query it cannot
 * answer, or the providers unavailable). It carries the source's own explanation, already in the user's language;
 * the form page shows it instead of a form.
 */
public class PrefillUnavailableException extends RuntimeException {
    private final int status;
    private final transient java.util.List<String> explanation;

    /** {@code status}: 404 when the reference names nothing, 400 when it cannot be asked, 503 when the source is down. */
    public PrefillUnavailableException(int status, java.util.List<String> explanation) {
        super("prefill unavailable (" + status + ")");
        this.status = status;
        this.explanation = java.util.List.copyOf(explanation);
    }

    public int status() {
        return status;
    }

    public java.util.List<String> explanation() {
        return explanation;
    }
}
