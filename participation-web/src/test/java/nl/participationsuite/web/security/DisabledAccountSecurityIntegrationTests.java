package nl.participationsuite.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.participationsuite.testsupport.HttpBrowser;
import nl.participationsuite.testsupport.KeycloakAdmin;
import nl.participationsuite.testsupport.WebIntegrationTest;

/**
 * An account an administrator switches off in Keycloak loses its application session too, although
 * Keycloak sends no logout token for it (keycloak/keycloak#37981): the session is checked with
 * Keycloak at most every {@code participation.keycloak.session-check} (two seconds in the tests), and
 * Keycloak refusing the refresh ends it. An account that stays on keeps its session across checks.
 */
@WebIntegrationTest
class DisabledAccountSecurityIntegrationTests {

    private static final Duration WITHIN = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Test
    void aSessionOfAnAccountSwitchedOffInKeycloakEndsAtTheNextCheckAndAnotherStays() throws Exception {
        KeycloakAdmin keycloak = KeycloakAdmin.logIn();
        String switchedOff = account(keycloak, "uit");
        String stays = account(keycloak, "aan");
        HttpBrowser offBrowser = new HttpBrowser(port);
        HttpBrowser onBrowser = new HttpBrowser(port);
        offBrowser.logIn(switchedOff);
        onBrowser.logIn(stays);
        assertThat(offBrowser.get("/beheer").statusCode()).as("logged in").isEqualTo(200);

        keycloak.setEnabled(keycloak.userId(switchedOff), false);

        Instant deadline = Instant.now().plus(WITHIN);
        HttpResponse<String> answer = offBrowser.get("/beheer");
        while (answer.statusCode() == 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            answer = offBrowser.get("/beheer");
        }
        assertThat(answer.statusCode()).as("the switched-off account's session has ended").isEqualTo(302);
        assertThat(HttpBrowser.location(answer)).endsWith("/oauth2/authorization/keycloak");
        assertThat(onBrowser.get("/beheer").statusCode()).as("the other account's session, checked again, stays")
                .isEqualTo(200);
    }

    /** A fresh administrator account (password = user name); the admin area needs no linked person. */
    private static String account(KeycloakAdmin keycloak, String suffix) {
        String name = "beheer-" + suffix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String id = keycloak.createUser(name, name + "@example.org");
        assertThat(keycloak.setPassword(id, name)).isEqualTo(204);
        keycloak.giveRealmRole(id, "admin");
        return name;
    }
}
