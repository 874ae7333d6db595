package io.qike.crm.platform;

/**
 * One thing wrong with one input field: a stable code, a message key (resolved in the user's
 * language) and its arguments.
 */
public record FieldProblem(String field, String code, String messageKey, Object... args) {
    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, "error.field." + code, args);
    }
}
