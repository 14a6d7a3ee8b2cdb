package nl.participationsuite.web.api;

import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonMappingException;
import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.StateConflictException;
import nl.participationsuite.domain.shared.Texts;
import nl.participationsuite.workflow.tasks.TaskConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the REST API into problem details: Spring MVC's own exceptions (unknown
 * path, wrong method, unreadable body, ...) with a localized title, and anything unexpected into a
 * bare 500 that is logged here and shows nothing of the server's internals.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> handleRuleViolation(RuleViolationException ex, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "rule-violation", request);
        problem.setProperty("errors", List.of(problems.fieldError(ex.field(), ex.code(), ex.getMessage(), request)));
        return answer(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> handleNotFound(NotFoundException ex, HttpServletRequest request) {
        return answer(problems.problem(HttpStatus.NOT_FOUND, "not-found", request));
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<ProblemDetail> handleNotAllowed(NotAllowedException ex, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.FORBIDDEN, "not-allowed", request);
        problems.detailFor(problem, "problem.not-allowed." + ex.code(), request);
        problem.setProperty("code", ex.code());
        return answer(problem);
    }

    /**
     * A genuine conflict on a task, as what happened: the detail says it in the caller's language
     * ({@code problem.conflict.<reason>.detail}), {@code reason} names it for programs, and
     * {@code holder} names the colleague working on the task.
     */
    @ExceptionHandler(TaskConflictException.class)
    ResponseEntity<ProblemDetail> handleConflict(TaskConflictException ex, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, "conflict", request);
        TaskConflictException.Reason reason = ex.reason();
        problem.setProperty("reason", reason.name());
        String key = "problem.conflict." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (reason == TaskConflictException.Reason.CLAIMED_BY_COLLEAGUE && ex.holder() != null) {
            problem.setProperty("holder", ex.holder());
            problems.detailFor(problem, key + ".named.detail", new Object[] { ex.holder() }, request);
        }
        else {
            problems.detailFor(problem, key + ".detail", request);
        }
        return answer(problem);
    }

    /**
     * A thing no longer in a state that allows the change (a meeting that has started or was cancelled): 409,
     * {@code reason} naming it, the detail saying it in the caller's language ({@code problem.conflict.<reason>.detail}).
     */
    @ExceptionHandler(StateConflictException.class)
    ResponseEntity<ProblemDetail> handleStateConflict(StateConflictException ex, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, "conflict", request);
        problem.setProperty("reason", ex.reason());
        problems.detailFor(problem, "problem.conflict." + ex.reason().toLowerCase(Locale.ROOT).replace('_', '-') + ".detail",
                request);
        return answer(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "validation", servletRequest);
        problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
                .map(error -> problems.fieldError(error.getField(), error.getCode(), error.getDefaultMessage(), servletRequest))
                .toList());
        return new ResponseEntity<>(problem, headers, HttpStatus.BAD_REQUEST);
    }

    /**
     * A body that could not be read: when Jackson can say which property is at fault (unknown, a
     * control character, a date out of range, a value of the wrong kind), a 400 naming it in
     * {@code errors} as a rule violation does; else the plain "bad request".
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof JsonMappingException mapping && request instanceof ServletWebRequest servlet) {
            HttpServletRequest servletRequest = servlet.getRequest();
            RuleViolationException refusal = BodyRefusals.of(mapping, "body");
            ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "rule-violation", servletRequest);
            problem.setProperty("errors", List.of(problems.fieldError(refusal.field(), refusal.code(),
                    refusal.getMessage(), servletRequest)));
            return new ResponseEntity<>(problem, headers, HttpStatus.BAD_REQUEST);
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    /** A path variable or request parameter that did not convert: a 400 naming it, as for a body's property. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
        if (name != null && request instanceof ServletWebRequest servlet) {
            HttpServletRequest servletRequest = servlet.getRequest();
            String code = ex.getValue() != null && Texts.hasControlCharacter(ex.getValue().toString())
                    ? Texts.CONTROL_CHARACTER : "invalid";
            ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "rule-violation", servletRequest);
            problem.setProperty("errors", List.of(problems.fieldError(name, code, name + " is not valid", servletRequest)));
            return new ResponseEntity<>(problem, headers, HttpStatus.BAD_REQUEST);
        }
        return super.handleTypeMismatch(ex, headers, status, request);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected error answering {} {}", request.getMethod(), request.getRequestURI(), ex);
        ProblemDetail problem = problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", request);
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (request instanceof ServletWebRequest servletRequest) {
            String kind = switch (statusCode.value()) {
                case 400 -> "bad-request";
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                case 406 -> "not-acceptable";
                case 415 -> "unsupported-media-type";
                default -> "http-error";
            };
            ProblemDetail problem = problems.problem(statusCode, kind, servletRequest.getRequest());
            if (body instanceof ProblemDetail original && original.getProperties() != null) {
                original.getProperties().forEach(problem::setProperty);
            }
            body = problem;
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }
}
