package io.qike.crm.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that happen before any API controller is chosen (a path no one maps, a method a path does not take, a
 * request the server refused) still answer an API caller in problem+json, in their language; pages keep
 * Spring Boot's error handling.
 */
@Controller
class ApiErrorController extends BasicErrorController {
    private final ProblemWriter problems;

    ApiErrorController(ErrorAttributes attributes, ObjectProvider<ErrorViewResolver> views, ProblemWriter problems) {
        super(attributes, new ErrorProperties(), views.orderedStream().toList());
        this.problems = problems;
    }

    /** An API caller whose client prefers HTML (a browser on an API address) gets problem+json all the same. */
    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        String path = apiPath(request);
        if (path == null) return super.errorHtml(request, response);
        HttpStatus status = getStatus(request);
        try {
            problems.write(request, response, status.value(), code(status), path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        String path = apiPath(request);
        if (path == null) return super.error(request);
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) return super.error(request);
        ProblemDetail p = problems.problem(request, status.value(), code(status));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", p.getType().toString());
        body.put("title", p.getTitle());
        body.put("status", p.getStatus());
        body.put("instance", path);
        if (p.getProperties() != null) body.putAll(p.getProperties());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** The address that failed, when it is the API's. */
    private static String apiPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String path && path.startsWith("/api/") ? path : null;
    }

    private static String code(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not_found";
            case METHOD_NOT_ALLOWED -> "method_not_allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported_media_type";
            case NOT_ACCEPTABLE -> "not_acceptable";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case PAYLOAD_TOO_LARGE -> "file_too_large";
            default -> status.is4xxClientError() ? "bad_request" : "internal";
        };
    }
}
