package nl.participationsuite.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.testsupport.HttpBrowser;
import nl.participationsuite.testsupport.KeycloakAdmin;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * OIDC back-channel logout with the real Keycloak: a user logs in through Keycloak's own form,
 * then their Keycloak session ends outside the application (an administrator signs them out, or
 * one session is ended as the account console does), and the application's session ends within
 * seconds, without the browser doing anything.
 *
 * <p>The development realm sends logout tokens to the local run's address; for this run the
 * client's {@code backchannel.logout.url} points at the test's random port, and is put back after.
 */
@WebIntegrationTest
class BackChannelLogoutSecurityIntegrationTests {

    private static final String WEB_CLIENT = "participation-web";

    private static final String BACKCHANNEL_URL = "backchannel.logout.url";

    private static final Duration WITHIN = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    private HttpBrowser browser;

    private KeycloakAdmin keycloak;

    private String configuredUrl;

    @BeforeEach
    void pointTheRealmsLogoutTokensAtThisApplication() {
        browser = new HttpBrowser(port);
        for (String user : List.of("professional", "professional2", "resident2")) {
            LinkedAccounts.token(user, people, organisations, jwt);
        }
        keycloak = KeycloakAdmin.logIn();
        Map<String, Object> client = keycloak.client(WEB_CLIENT);
        Map<String, Object> attributes = attributes(client);
        configuredUrl = (String) attributes.get(BACKCHANNEL_URL);
        assertThat(configuredUrl).as("the development realm configures back-channel logout")
                .endsWith("/logout/connect/back-channel/keycloak");
        assertThat(attributes.get("backchannel.logout.session.required")).isEqualTo("true");
        attributes.put(BACKCHANNEL_URL, "http://127.0.0.1:" + port + "/logout/connect/back-channel/keycloak");
        keycloak.updateClient(client);
    }

    @AfterEach
    void restoreTheRealm() {
        Map<String, Object> client = keycloak.client(WEB_CLIENT);
        attributes(client).put(BACKCHANNEL_URL, configuredUrl);
        keycloak.updateClient(client);
    }

    @Test
    void administratorSigningAUserOutAtKeycloakEndsTheirApplicationSession() throws Exception {
        // Earlier tests leave professional2's Keycloak sessions behind; signing the user out sends a logout
        // token for every one of them, one after the other, so this test starts from none.
        keycloak.sessions("professional2").forEach(session -> keycloak.endSession(String.valueOf(session.get("id"))));
        browser.logIn("professional2");
        assertThat(browser.get("/werkruimte").statusCode()).as("logged in").isEqualTo(200);

        keycloak.signOut("professional2");

        assertSessionEndsWith("/werkruimte", WITHIN);
    }

    @Test
    void endingOneKeycloakSessionAsTheAccountConsoleDoesEndsTheApplicationSession() throws Exception {
        browser.logIn("resident2");
        assertThat(browser.get("/portaal").statusCode()).as("logged in").isEqualTo(200);
        List<Map<String, Object>> sessions = keycloak.sessions("resident2");
        assertThat(sessions).isNotEmpty();

        sessions.forEach(session -> keycloak.endSession(String.valueOf(session.get("id"))));

        assertSessionEndsWith("/portaal", WITHIN);
    }

    @Test
    void aForgedLogoutTokenIsRefusedAndTheSessionStays() {
        browser.logIn("professional");

        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(browser.url("/logout/connect/back-channel/keycloak")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."))
                .build());

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(browser.get("/werkruimte").statusCode()).isEqualTo(200);
    }

    private void assertSessionEndsWith(String page, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        HttpResponse<String> answer = browser.get(page);
        while (answer.statusCode() == 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            answer = browser.get(page);
        }
        assertThat(answer.statusCode()).as("the application session has ended").isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/keycloak");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributes(Map<String, Object> client) {
        Map<String, Object> attributes = new HashMap<>((Map<String, Object>) client.get("attributes"));
        client.put("attributes", attributes);
        return attributes;
    }
}
