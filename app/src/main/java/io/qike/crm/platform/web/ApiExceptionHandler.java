package io.qike.crm.platform.web;

import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.security.LoginThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every API error as problem+json in the request's language; never a stack trace, never a 500 for bad input. */
// Just after the WeCom simulator's own advices (ordered first, scoped to its controllers): its refusals are WeCom's
// errcode answers (HTTP 200), which the product's clients must see as WeCom sends them, not as a 500 problem.
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final ProblemWriter problems;

    ApiExceptionHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
        return fields(request, e.problems());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        return fields(request, e.getBindingResult().getFieldErrors().stream()
                .map(f -> FieldProblem.of(f.getField(), BindingProblems.code(f))).toList());
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalid(HandlerMethodValidationException e, HttpServletRequest request) {
        return fields(request, e.getParameterValidationResults().stream()
                .map(r -> FieldProblem.of(r.getMethodParameter().getParameterName(), "invalid")).toList());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e, HttpServletRequest request) {
        return JsonProblems.of(e).map(f -> fields(request, List.of(f))).orElseGet(() -> respond(request, 400, "malformed_body"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return fields(request, List.of(FieldProblem.of(e.getName(), "invalid")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return fields(request, List.of(FieldProblem.of(e.getParameterName(), "required")));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return respond(request, 404, "not_found");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return respond(request, 404, "not_found");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(request, 405, "method_not_allowed");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(request, 415, "unsupported_media_type");
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request) {
        ProblemDetail p = problems.problem(request, 409, e.code());
        e.details().forEach(p::setProperty);
        if (!e.messageKey().equals("error." + e.code())) p.setDetail(problems.text(request, e.messageKey())); // a variant, e.g. 撞单 without names
        return send(request, p);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info("Integrity violation on {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
        return respond(request, 409, "conflict");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return respond(request, 403, "forbidden");
    }

    /** One answer for an unknown login and a wrong password; "disabled" only to someone who gave the right one. */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, HttpServletRequest request) {
        return respond(request, 401, e instanceof DisabledException ? "account_disabled" : "bad_credentials");
    }

    /** The same for every login name while it or the address must wait. */
    @ExceptionHandler(LoginThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(LoginThrottledException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = respond(request, 429, "too_many_attempts");
        return ResponseEntity.status(429).headers(answer.getHeaders())
                .header("Retry-After", Long.toString(e.retryAfterSeconds())).body(answer.getBody());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(request, 413, "file_too_large");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(request, 500, "internal");
    }

    private ResponseEntity<ProblemDetail> fields(HttpServletRequest request, List<FieldProblem> fields) {
        return send(request, problems.withFields(problems.problem(request, 400, "invalid_input"), request, fields));
    }

    private ResponseEntity<ProblemDetail> respond(HttpServletRequest request, int status, String code) {
        return send(request, problems.problem(request, status, code));
    }

    private ResponseEntity<ProblemDetail> send(HttpServletRequest request, ProblemDetail p) {
        p.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.valueOf(p.getStatus())).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
