package nl.participationsuite.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.participationsuite.web.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A request whose address is refused for what it holds (an encoded slash {@code %2F} or backslash
 * {@code %5C}, a {@code ;}, {@code ..}, ...) answers 400 like every other bad request: problem
 * details under {@code /api/}, the error page elsewhere. Tomcat itself would refuse an encoded
 * slash before the application sees the request, with its own HTML page; it passes such addresses
 * on instead ({@link TomcatRejections}), and Spring Security's firewall (which refuses them all) hands
 * them here.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private final Problems problems;

    RejectedRequests(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            RequestRejectedException rejected) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem;
            try {
                problem = problems.problem(HttpStatus.BAD_REQUEST, "rejected", request);
            }
            catch (IllegalArgumentException notAUri) {
                problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
            }
            problems.write(problem, response);
        }
        else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }
}
