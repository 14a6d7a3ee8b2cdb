package nl.participationsuite.web.security;

import java.io.IOException;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

/**
 * When this node cannot reach Keycloak (down, restarting, the network between): requests that need
 * it (checking an API token against Keycloak's keys, finishing a login) answer 503 with
 * {@code Retry-After}, not 500; everything else (pages of a session, health) goes on.
 */
final class KeycloakUnavailable {

    /** Seconds a client waits before trying again: Keycloak restarts or fails over in about that time. */
    static final String RETRY_AFTER_SECONDS = "30";

    private KeycloakUnavailable() {
    }

    /**
     * The failure is Keycloak being out of reach (a connection, a time-out, a 5xx from it), somewhere
     * in its causes, or Spring Security's "could not check" rather than "not valid".
     */
    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AuthenticationServiceException || cause instanceof IOException
                    || cause instanceof ResourceAccessException || cause instanceof HttpServerErrorException) {
                return true;
            }
        }
        return false;
    }

    /** The failure's own message and its deepest cause's, on one line, for a log line without a stack trace. */
    static String summary(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage())
                : failure.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
