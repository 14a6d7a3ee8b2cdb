package nl.participationsuite.web.error;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import nl.participationsuite.web.api.Problems;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Replaces Spring Boot's default error answer. Errors under {@code /api/} (a path no endpoint
 * answers, a method not allowed, ...) are always problem details, whatever the client accepts;
 * every other error is a plain page that says what happened and where to go, without technical
 * details. "Not found" and "not yours" look the same on purpose.
 */
@Controller
class ErrorResponseController implements ErrorController {

    static final String VIEW = "error";

    private static final Set<Integer> STATUSES_WITH_OWN_TEXT = Set.of(400, 403, 404, 405, 409, 429, 500, 503);

    private final Problems problems;

    ErrorResponseController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView errorPage(HttpServletRequest request) {
        HttpStatus status = status(request);
        if (isApi(request)) {
            return new ModelAndView((model, req, res) -> problems.write(problemFor(req), res));
        }
        int textFor = STATUSES_WITH_OWN_TEXT.contains(status.value()) ? status.value() : 500;
        return new ModelAndView(VIEW, Map.of("status", status.value(), "messageKey", "error.page." + textFor), status);
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> errorProblem(HttpServletRequest request) {
        ProblemDetail problem = problemFor(request);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private ProblemDetail problemFor(HttpServletRequest request) {
        HttpStatus status = status(request);
        String kind = switch (status.value()) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 409 -> "conflict";
            case 429 -> "too-many-requests";
            case 503 -> "unavailable";
            default -> status.is5xxServerError() ? "internal" : "http-error";
        };
        ProblemDetail problem = problems.problem(status, kind, request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(URI.create(uri.toString()));
        }
        return problem;
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
