package io.qike.crm.platform.web;

import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Friendly error pages for the UI (the API has its own problem+json handler). */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {
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
    String invalid(InvalidInputException e, HttpServletResponse response, Model model) {
        response.setStatus(400);
        model.addAttribute("errorKey", "error.invalid_input");
        model.addAttribute("problems", e.problems());
        return "error/page";
    }
}
