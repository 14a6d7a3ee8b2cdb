package nl.participationsuite.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.participationsuite.web.api.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The API's answer when the security layer refuses a request: 401 without a valid token, 403 when
 * the token lacks the role. The {@code WWW-Authenticate} header is the one RFC 6750 prescribes; the
 * body is problem details, like every other API error. A token that cannot be checked because
 * Keycloak is out of reach (its keys not fetched) is 503 with {@code Retry-After}, not 500.
 */
class ProblemDetailsSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler,
        AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsSecurityHandler.class);

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();

    private final BearerTokenAccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();

    private final Problems problems;

    ProblemDetailsSecurityHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        bearerEntryPoint.commence(request, response, authException);
        problems.write(problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", request), response);
    }

    /** A bearer token that was refused: 401, or 503 when it could not be checked at all. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        if (!KeycloakUnavailable.causedBy(failure)) {
            commence(request, response, failure);
            return;
        }
        log.warn("API token not checked, Keycloak is out of reach; answered 503: {}", KeycloakUnavailable.summary(failure));
        response.setHeader(HttpHeaders.RETRY_AFTER, KeycloakUnavailable.RETRY_AFTER_SECONDS);
        problems.write(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", request), response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        bearerAccessDenied.handle(request, response, accessDeniedException);
        problems.write(problems.problem(HttpStatus.FORBIDDEN, "forbidden", request), response);
    }
}
