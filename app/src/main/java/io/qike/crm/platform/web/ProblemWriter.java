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
        problem.setDetail(fields.stream().map(f -> label(f.field(), locale) + ": "
                + messages.getMessage(f.messageKey(), f.args(), f.code(), locale)).reduce((a, b) -> a + "; " + b).orElse(null));
        return problem;
    }

    private String label(String field, Locale locale) {
        return labels.of(field, locale);
    }

    public String message(HttpServletRequest request, FieldProblem f) {
        return messages.getMessage(f.messageKey(), f.args(), f.code(), locales.resolveLocale(request));
    }

    /** For filters that answer before Spring MVC does (authentication, access denied). */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String code) throws IOException {
        ProblemDetail problem = problem(request, status, code);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
