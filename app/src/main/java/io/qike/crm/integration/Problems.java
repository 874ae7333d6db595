package io.qike.crm.integration;

import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects field problems while a configuration is checked, then rejects it as a whole. */
final class Problems {
    static final Pattern IDENTIFIER = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{0,63}$");
    static final Pattern API_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_.-]{0,63}$");
    private final List<FieldProblem> list = new ArrayList<>();

    Problems add(String field, String code, Object... args) {
        list.add(FieldProblem.of(field, code, args));
        return this;
    }

    boolean required(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "required");
            return false;
        }
        return true;
    }

    void text(String field, String value, int max, boolean required) {
        if (required && !required(field, value)) return;
        if (value != null && value.length() > max) add(field, "too_long", max);
    }

    void identifier(String field, String value) {
        if (required(field, value) && !IDENTIFIER.matcher(value).matches()) add(field, "identifier");
    }

    void apiName(String field, String value) {
        if (required(field, value) && !API_NAME.matcher(value).matches()) add(field, "api_name");
    }

    void range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) add(field, "between", min, max);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    void throwIfAny() {
        if (!list.isEmpty()) throw new InvalidInputException(list);
    }

    static String trim(String s) {
        return s == null ? null : s.trim().isEmpty() ? null : s.trim();
    }
}
