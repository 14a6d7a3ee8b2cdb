package nl.participationsuite.web.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A browser login that failed on the way back from Keycloak. When this node could not reach
 * Keycloak to finish it (the code not exchanged for tokens, the keys not fetched), the answer is the
 * error page for 503, in the user's language, with {@code Retry-After}; any other failure goes where
 * Spring Security sends it.
 */
class KeycloakLoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(KeycloakLoginFailureHandler.class);

    KeycloakLoginFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException, ServletException {
        if (!KeycloakUnavailable.causedBy(failure)) {
            super.onAuthenticationFailure(request, response, failure);
            return;
        }
        log.warn("Login not finished, Keycloak is out of reach; answered 503: {}", KeycloakUnavailable.summary(failure));
        response.setHeader(HttpHeaders.RETRY_AFTER, KeycloakUnavailable.RETRY_AFTER_SECONDS);
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }
}
