package io.qike.crm.platform.web;

import io.qike.crm.platform.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details in the user's language: a stable {@code code}, a translated
 * {@code title}/{@code detail}, and per-field {@code errors}.
 */
@Component
public class ProblemWriter {
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;
    private final FieldLabels labels;

    ProblemWriter(MessageSource messages, LocaleResolver locales, JsonMapper json, FieldLabels labels) {
        this.labels = labels;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    public ProblemDetail problem(HttpServletRequest request, int status, String code, Object... args) {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("https://qike.io/problems/" + code.replace('_', '-')));
        problem.setTitle(messages.getMessage("error." + code, args, HttpStatus.valueOf(status).getReasonPhrase(), locale));
        problem.setProperty("code", code);
        return problem;
    }

    public ProblemDetail withFields(ProblemDetail problem, HttpServletRequest request, List<FieldProblem> fields) {
        Locale locale = locales.resolveLocale(request);
        problem.setProperty("errors", fields.stream().map(f -> Map.of(
                "field", f.field(), "code", f.code(),
                "message", messages.getMessage(f.messageKey(), f.args(), f.code(), locale))).toList());
        problem.setDetail(fields.stream().map(f -> labelled(f, locale)).reduce((a, b) -> a + "; " + b).orElse(null));
        return problem;
    }

    /**
     * The message with the field's label in front ("名称: 必填"); a message that names its field itself (a range)
     * stays as it is, and a field without a label gets a readable one, never its code.
     */
    public String labelled(HttpServletRequest request, FieldProblem f) {
        return labelled(f, locales.resolveLocale(request));
    }

    private String labelled(FieldProblem f, Locale locale) {
        String message = messages.getMessage(f.messageKey(), f.args(), f.code(), locale);
        boolean namesItsField = f.args().length > 0 && f.args()[0] instanceof MessageSourceResolvable;
        String label = namesItsField ? null : labels.of(f.field(), locale);
        return label == null ? message : label + ": " + message;
    }

    /** A message of the bundles in the request's language. */
    public String text(HttpServletRequest request, String key) {
        return messages.getMessage(key, null, key, locales.resolveLocale(request));
    }

    public String message(HttpServletRequest request, FieldProblem f) {
        return messages.getMessage(f.messageKey(), f.args(), f.code(), locales.resolveLocale(request));
    }

    /** For filters that answer before Spring MVC does (authentication, access denied). */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String code) throws IOException {
        write(request, response, status, code, request.getRequestURI());
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String code, String path) throws IOException {
        ProblemDetail problem = problem(request, status, code);
        problem.setInstance(URI.create(path));
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
