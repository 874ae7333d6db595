package io.qike.crm.platform.validation;

import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Collects field problems while input is checked, then rejects it as a whole with {@link
 * InvalidInputException}: the user sees every problem at once, in their language (each problem is a
 * code and a message key), and nothing is written. The text checks return the cleaned value to keep.
 */
public final class Checks {
    private final List<FieldProblem> problems = new ArrayList<>();

    public Checks add(String field, String code, Object... args) {
        problems.add(FieldProblem.of(field, code, args));
        return this;
    }

    public Checks add(FieldProblem problem) {
        problems.add(problem);
        return this;
    }

    public Checks addAll(Collection<FieldProblem> more) {
        problems.addAll(more);
        return this;
    }

    /** False, with a "required" problem, when the value is blank. */
    public boolean required(String field, String value) {
        if (Text.isBlank(value)) {
            add(field, "required");
            return false;
        }
        return true;
    }

    /** The trimmed text (null when blank), at most {@code max} characters. */
    public String text(String field, String value, int max, boolean required) {
        if (Text.isBlank(value)) {
            if (required) add(field, "required");
            return null;
        }
        String t = value.trim();
        if (t.length() > max) add(field, "too_long", max);
        return t;
    }

    /** An optional value that, trimmed, must match the pattern; returns it trimmed (null when blank). */
    public String format(String field, String value, Pattern pattern, String code) {
        if (Text.isBlank(value)) return null;
        String t = value.trim();
        if (!pattern.matcher(t).matches()) add(field, code);
        return t;
    }

    /** A required value that must match the pattern as given (names used in code, which are not trimmed). */
    public void requiredFormat(String field, String value, Pattern pattern, String code) {
        if (required(field, value) && !pattern.matcher(value).matches()) add(field, code);
    }

    public String phone(String field, String value) {
        return format(field, value, Patterns.PHONE, "phone");
    }

    public String email(String field, String value) {
        return format(field, value, Patterns.EMAIL, "email");
    }

    /** One of the options (trimmed), or null when blank. */
    public String option(String field, String value, Collection<String> options) {
        if (Text.isBlank(value)) return null;
        String t = value.trim();
        if (!options.contains(t)) add(field, "invalid_option");
        return t;
    }

    /** A website, with https:// added when no scheme was typed; null when blank or not a website. */
    public String website(String field, String value) {
        if (Text.isBlank(value)) return null;
        String url = Patterns.website(value.trim());
        if (url == null) add(field, "url");
        return url;
    }

    /** A limit from {@link MaxLength}, the one the form's {@code maxlength} shows too. */
    public String text(String field, String value, MaxLength max, boolean required) {
        return text(field, value, max.chars(), required);
    }

    /**
     * An optional whole number from {@code min} to {@code max}. {@code labelKey} is the message key of the field's
     * label as the form shows it: the message names the field and the range, never the field's code.
     */
    public void range(String field, String labelKey, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) add(outOfRange(field, labelKey, min, max));
    }

    /** The problem "the field must be between min and max", for checks that collect problems in a list of their own. */
    public static FieldProblem outOfRange(String field, String labelKey, int min, int max) {
        return FieldProblem.of(field, "between", new DefaultMessageSourceResolvable(labelKey), min, max);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** A list filter's day (yyyy-MM-dd), null when blank; a wrong one is a "date" problem, not a failure. */
    public LocalDate date(String field, String value) {
        if (Text.isBlank(value)) return null;
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            add(field, "date");
            return null;
        }
    }

    /** A record chosen by its id (a list filter's customer or department), null when blank; else a "number" problem. */
    public Long id(String field, String value) {
        if (Text.isBlank(value)) return null;
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            add(field, "number");
            return null;
        }
    }

    /** The problems found so far, for callers that report them row by row (imports). */
    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }
}
