package io.qike.crm.platform.web;

import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Friendly error pages for the UI (the API has its own problem+json handler). */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {
    private final ProblemWriter problems;

    PageExceptionHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("errorKey", "error.not_found");
        return "error/page";
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("errorKey", "error.forbidden");
        return "error/page";
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return invalid(e.problems(), request, response, model);
    }

    /** A link or address with a wrong value ({@code ownerId=abc}) names the field, like a wrong form. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return invalid(List.of(FieldProblem.of(e.getName(), "invalid")), request, response, model);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missing(MissingServletRequestParameterException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return invalid(List.of(FieldProblem.of(e.getParameterName(), "required")), request, response, model);
    }

    private String invalid(List<FieldProblem> fields, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(400);
        model.addAttribute("errorKey", "error.invalid_input");
        model.addAttribute("problems", fields.stream().map(f -> problems.labelled(request, f)).toList());
        return "error/page";
    }
}
