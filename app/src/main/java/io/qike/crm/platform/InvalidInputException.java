package io.qike.crm.platform;

import java.util.List;

/** Input that fails validation; nothing was written. Rendered as 400 problem+json or inline form errors. */
public class InvalidInputException extends RuntimeException {
    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input: " + problems.stream().map(p -> p.field() + "=" + p.code()).toList());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(FieldProblem problem) {
        this(List.of(problem));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
