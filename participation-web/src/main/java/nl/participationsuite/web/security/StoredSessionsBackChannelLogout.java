package nl.participationsuite.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.session.SessionRepository;

/**
 * Ends the sessions a validated logout token names by deleting them from the shared store, whichever
 * node signed the user in: the next request of that browser, to any node, finds no session. (Spring
 * Security's own handler instead calls the application's logout with each session's cookie, which
 * assumes its in-memory register and the servlet container's cookie.)
 */
final class StoredSessionsBackChannelLogout implements LogoutHandler {

    private final StoredOidcSessions register;

    private final SessionRepository<?> sessions;

    StoredSessionsBackChannelLogout(StoredOidcSessions register, SessionRepository<?> sessions) {
        this.register = register;
        this.sessions = sessions;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof OidcLogoutToken logoutToken) {
            for (OidcSessionInformation session : register.removeSessionInformation(logoutToken)) {
                sessions.deleteById(session.getSessionId());
            }
        }
    }
}
