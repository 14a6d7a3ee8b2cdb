package nl.participationsuite.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

/**
 * Which stored sessions a logout token ends: those of its subject and issuer, and of the Keycloak
 * session it names when it names one; nothing else. The store here is a map; the integration tests
 * (back-channel logout, two nodes) use the database.
 */
class StoredOidcSessionsTests {

    private static final String KEYCLOAK = "http://keycloak.test/realms/participation";

    private final Sessions sessions = new Sessions();

    private final StoredOidcSessions register = new StoredOidcSessions(sessions);

    @Test
    void aTokenNamingAKeycloakSessionEndsOnlyTheApplicationSessionsOfThatSession() {
        String laptop = sessions.signedIn("anouk", "keycloak-session-1");
        String phone = sessions.signedIn("anouk", "keycloak-session-2");
        sessions.signedIn("daan", "keycloak-session-3");

        new StoredSessionsBackChannelLogout(register, sessions)
                .logout(new MockHttpServletRequest(), new MockHttpServletResponse(),
                        new TestingAuthenticationToken(logoutToken(KEYCLOAK, "anouk", "keycloak-session-1"), null));

        assertThat(sessions.ids()).doesNotContain(laptop).contains(phone).hasSize(2);
    }

    @Test
    void aTokenWithoutAKeycloakSessionEndsEverySessionOfTheSubject() {
        sessions.signedIn("anouk", "keycloak-session-1");
        sessions.signedIn("anouk", "keycloak-session-2");
        String other = sessions.signedIn("daan", "keycloak-session-3");

        assertThat(ended(logoutToken(KEYCLOAK, "anouk", null))).hasSize(2).doesNotContain(other);
    }

    @Test
    void aTokenOfAnotherIssuerOrWithoutSubjectEndsNothing() {
        sessions.signedIn("anouk", "keycloak-session-1");

        assertThat(ended(logoutToken("http://elsewhere.test/realms/participation", "anouk", "keycloak-session-1"))).isEmpty();
        assertThat(ended(logoutToken(KEYCLOAK, null, "keycloak-session-1"))).isEmpty();
    }

    @Test
    void loginAndSessionEndAreAlreadyInTheStoreAndNeedNoRecord() {
        String id = sessions.signedIn("anouk", "keycloak-session-1");

        register.saveSessionInformation(new OidcSessionInformation("other", Map.of(), user("anouk", "keycloak-session-9")));
        assertThat(register.removeSessionInformation(id)).isNull();

        assertThat(ended(logoutToken(KEYCLOAK, "anouk", "keycloak-session-1"))).containsExactly(id);
        assertThat(ended(logoutToken(KEYCLOAK, "anouk", "keycloak-session-9"))).isEmpty();
    }

    private List<String> ended(OidcLogoutToken token) {
        List<String> ids = new ArrayList<>();
        register.removeSessionInformation(token).forEach(session -> ids.add(session.getSessionId()));
        return ids;
    }

    private static OidcLogoutToken logoutToken(String issuer, String subject, String sid) {
        OidcLogoutToken.Builder token = OidcLogoutToken.withTokenValue("logout-token").issuer(issuer).jti("jti")
                .issuedAt(Instant.now()).audience(List.of("participation-web"))
                .events(Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()));
        if (subject != null) {
            token.subject(subject);
        }
        if (sid != null) {
            token.sessionId(sid);
        }
        return token.build();
    }

    private static DefaultOidcUser user(String subject, String sid) {
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").issuer(KEYCLOAK).subject(subject)
                .claim("sid", sid).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_RESIDENT")), idToken);
    }

    /** Sessions in a map, found by their user's subject as Spring Session's principal index finds them. */
    private static final class Sessions implements FindByIndexNameSessionRepository<MapSession> {

        private final Map<String, MapSession> stored = new HashMap<>();

        String signedIn(String subject, String sid) {
            MapSession session = createSession();
            DefaultOidcUser user = user(subject, sid);
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    new SecurityContextImpl(new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak")));
            save(session);
            return session.getId();
        }

        List<String> ids() {
            return List.copyOf(stored.keySet());
        }

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            stored.put(session.getId(), session);
        }

        @Override
        public MapSession findById(String id) {
            return stored.get(id);
        }

        @Override
        public void deleteById(String id) {
            stored.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return stored.entrySet().stream()
                    .filter(entry -> entry.getValue().<SecurityContextImpl>getAttribute(
                            HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                            .getAuthentication().getName().equals(indexValue))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
    }
}
