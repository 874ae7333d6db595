package io.qike.crm.platform.web;

import org.springframework.validation.FieldError;

/** Maps bean-validation constraint names to our stable field error codes. */
public final class BindingProblems {
    private BindingProblems() {
    }

    public static String code(FieldError error) {
        if (error.isBindingFailure()) return "invalid";
        String c = error.getCode() == null ? "invalid" : error.getCode();
        return switch (c) {
            case "NotBlank", "NotNull", "NotEmpty" -> "required";
            case "Size", "Length" -> "too_long";
            case "Email" -> "email";
            case "Pattern" -> "pattern";
            case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax" -> "out_of_range";
            default -> "invalid";
        };
    }
}
