package nl.participationsuite.web.api;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Builds the RFC 9457 problem details the API answers with. Titles and details come from the
 * message bundles ({@code problem.<kind>.title} and {@code problem.<kind>.detail}) in the caller's
 * language; nothing of the server's internals (stack traces, class names) ever goes out.
 */
@Component
public class Problems {

    private final MessageSource messages;

    private final LocaleResolver localeResolver;

    private final ObjectMapper objectMapper;

    Problems(MessageSource messages, LocaleResolver localeResolver, ObjectMapper objectMapper) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.objectMapper = objectMapper;
    }

    /** A problem of the given kind, e.g. {@code unauthorized}, for the current request. */
    public ProblemDetail problem(HttpStatusCode status, String kind, HttpServletRequest request) {
        Locale locale = localeResolver.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage("problem." + kind + ".title", null, locale));
        problem.setDetail(messages.getMessage("problem." + kind + ".detail", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** Replaces the problem's detail with a more precise text, when the bundles have one under that key. */
    public void detailFor(ProblemDetail problem, String messageKey, HttpServletRequest request) {
        detailFor(problem, messageKey, null, request);
    }

    /** As {@link #detailFor(ProblemDetail, String, HttpServletRequest)}, with arguments for the text's placeholders. */
    public void detailFor(ProblemDetail problem, String messageKey, Object[] arguments, HttpServletRequest request) {
        String detail = messages.getMessage(messageKey, arguments, null, localeResolver.resolveLocale(request));
        if (detail != null) {
            problem.setDetail(detail);
        }
    }

    /**
     * One field's error for the {@code errors} list of a 400: the field as the request named it, a
     * code, and a message in the caller's language ({@code rule.<code>} in the bundles, else the
     * given text).
     */
    public FieldError fieldError(String field, String code, String fallback, HttpServletRequest request) {
        Locale locale = localeResolver.resolveLocale(request);
        String message = messages.getMessage("rule." + code, null, fallback, locale);
        return new FieldError(field, code, message);
    }

    /** A field error in a problem's {@code errors} list. */
    public record FieldError(String field, String code, String message) {
    }

    /** Writes a problem as {@code application/problem+json}, for answers outside Spring MVC (the security filters). */
    public void write(ProblemDetail problem, HttpServletResponse response) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
