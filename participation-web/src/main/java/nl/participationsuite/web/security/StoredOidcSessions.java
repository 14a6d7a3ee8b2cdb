package nl.participationsuite.web.security;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The register back-channel logout looks sessions up in, kept where the sessions themselves are:
 * in the database every node shares. Spring Security's own register lives in one node's memory, so
 * a logout token arriving at another node than the one the user signed in on found nothing.
 *
 * <p>Nothing is written at login: a stored session already holds its signed-in user and is indexed
 * by the user's Keycloak subject (Spring Session's principal name index). A logout token names the
 * subject and, from Keycloak, the Keycloak session ({@code sid}); the application sessions of that
 * subject, from that issuer and of that Keycloak session when it is named, are the ones to end.
 */
final class StoredOidcSessions implements OidcSessionRegistry {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    StoredOidcSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Nothing to do: the stored session is the record, indexed by its user when it is saved. */
    @Override
    public void saveSessionInformation(OidcSessionInformation info) {
    }

    /** Nothing to do: a session that ends is deleted from the store, and with it what this register knows. */
    @Override
    public OidcSessionInformation removeSessionInformation(String clientSessionId) {
        return null;
    }

    /**
     * The stored sessions the logout token ends. A token without a subject (Keycloak always sends
     * one) ends nothing: sessions are found by their user.
     */
    @Override
    public Iterable<OidcSessionInformation> removeSessionInformation(OidcLogoutToken logoutToken) {
        if (logoutToken.getSubject() == null) {
            return List.of();
        }
        return sessions.findByPrincipalName(logoutToken.getSubject()).entrySet().stream()
                .map(session -> information(session.getKey(), session.getValue()))
                .filter(Objects::nonNull)
                .filter(session -> endedBy(session.getPrincipal(), logoutToken))
                .toList();
    }

    private static OidcSessionInformation information(String id, Session session) {
        SecurityContext context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication authentication = context == null ? null : context.getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            return new OidcSessionInformation(id, Map.of(), user);
        }
        return null;
    }

    private static boolean endedBy(OidcUser user, OidcLogoutToken logoutToken) {
        String sid = logoutToken.getSessionId();
        return Objects.equals(String.valueOf(user.getIssuer()), String.valueOf(logoutToken.getIssuer()))
                && (sid == null || sid.equals(user.getIdToken().getClaimAsString("sid")));
    }
}
