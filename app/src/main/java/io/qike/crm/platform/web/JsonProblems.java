package io.qike.crm.platform.web;

import io.qike.crm.platform.FieldProblem;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/** Which field of a JSON body was unreadable, and why, as the field problem the caller can act on. */
final class JsonProblems {
    static final String NUL = "NUL character in text";

    private JsonProblems() {
    }

    /** The field problem for an unreadable body, when the cause names a field (a wrong type, NUL in text). */
    static Optional<FieldProblem> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
                return Optional.of(FieldProblem.of(field(j), nul(j) ? "invalid_characters" : "invalid"));
            }
        }
        return Optional.empty();
    }

    private static boolean nul(JacksonException e) {
        return e instanceof InvalidFormatException f && f.getValue() instanceof String s && s.indexOf('\0') >= 0;
    }

    /** {@code limits.maxConcurrent}, {@code params[1].name}: the names the field errors of the services use. */
    private static String field(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!out.isEmpty()) out.append('.');
                out.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }
}
