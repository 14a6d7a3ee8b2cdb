package nl.participationsuite.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizationContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Asks Keycloak, at most once per {@code interval} of a browser session, whether the session is
 * still good there, by exchanging its refresh token for new tokens. Keycloak sends no logout token
 * when an administrator switches an account off (keycloak/keycloak#37981), and a logout token can be
 * missed (every node was restarting); Keycloak refusing the refresh ({@code invalid_grant}: the
 * account is off, the session ended) ends the session here too, and the request continues without
 * a login (a page leads to Keycloak's login form). Keycloak not answering leaves the session as it
 * is: a short outage must not sign everyone out. The new tokens are kept with the session.
 */
class KeycloakSessionCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(KeycloakSessionCheck.class);

    /** When the session was last checked with Keycloak (an {@link Instant}). */
    static final String CHECKED_AT = KeycloakSessionCheck.class.getName() + ".CHECKED_AT";

    private final OAuth2AuthorizedClientRepository clients;

    private final RefreshTokenOAuth2AuthorizedClientProvider refresh = new RefreshTokenOAuth2AuthorizedClientProvider();

    private final Duration interval;

    private final Clock clock;

    KeycloakSessionCheck(OAuth2AuthorizedClientRepository clients, Duration interval, Clock clock) {
        this.clients = clients;
        this.interval = interval;
        this.clock = clock;
        // Refreshes whenever asked: the interval, not the access token's lifetime, decides when.
        refresh.setClockSkew(Duration.ofDays(3650));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (authentication instanceof OAuth2AuthenticationToken login && session != null && due(session)) {
            check(login, session, request, response);
        }
        chain.doFilter(request, response);
    }

    private static void keep(HttpSession session, Instant now, RuntimeException why) {
        log.warn("Could not check a session with Keycloak, kept as it is: {}", why.getMessage());
        session.setAttribute(CHECKED_AT, now);
    }

    private boolean due(HttpSession session) {
        return !(session.getAttribute(CHECKED_AT) instanceof Instant last) || !last.plus(interval).isAfter(clock.instant());
    }

    private void check(OAuth2AuthenticationToken login, HttpSession session, HttpServletRequest request,
            HttpServletResponse response) {
        Instant now = clock.instant();
        OAuth2AuthorizedClient client = clients.loadAuthorizedClient(login.getAuthorizedClientRegistrationId(), login,
                request);
        if (client == null || client.getRefreshToken() == null) {
            session.setAttribute(CHECKED_AT, now);
            return;
        }
        try {
            OAuth2AuthorizedClient refreshed = refresh.authorize(
                    OAuth2AuthorizationContext.withAuthorizedClient(client).principal(login).build());
            if (refreshed != null) {
                clients.saveAuthorizedClient(refreshed, login, request, response);
            }
            session.setAttribute(CHECKED_AT, now);
        }
        catch (OAuth2AuthorizationException ex) {
            if (OAuth2ErrorCodes.INVALID_GRANT.equals(ex.getError().getErrorCode())) {
                log.info("Keycloak refused the session of subject {} ({}); it ends here too", login.getName(),
                        ex.getError().getDescription());
                clients.removeAuthorizedClient(login.getAuthorizedClientRegistrationId(), login, request, response);
                new SecurityContextLogoutHandler().logout(request, response, login);
            }
            else {
                keep(session, now, ex);
            }
        }
        catch (RuntimeException unreachable) {
            keep(session, now, unreachable);
        }
    }
}
