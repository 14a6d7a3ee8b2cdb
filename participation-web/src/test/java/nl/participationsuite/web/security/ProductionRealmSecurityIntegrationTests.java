package nl.participationsuite.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import nl.participationsuite.testsupport.KeycloakAdmin;
import nl.participationsuite.testsupport.KeycloakTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production realm ({@code deploy/keycloak/participation-realm.json}) imported into the real
 * test Keycloak, under another name and with its placeholders filled in as Keycloak does at
 * import: the password policy refuses short passwords, the user name, the e-mail address and
 * recently used passwords, and accepts the activation codes of the letters; brute-force protection
 * is on; the login page is the product's Dutch theme with "wachtwoord vergeten".
 */
class ProductionRealmSecurityIntegrationTests {

    private static final String REALM = "participation-production-check";

    private static KeycloakAdmin keycloak;

    @BeforeAll
    static void importTheProductionRealm() throws IOException {
        Path file = Path.of(System.getProperty("participation.test.keycloak.realm-file"))
                .toAbsolutePath().getParent().getParent().resolve("participation-realm.json");
        String realm = Files.readString(file)
                .replace("${PARTICIPATION_BASE_URL}", "https://participatie.example.org")
                .replace("${PARTICIPATION_WEB_CLIENT_SECRET}", "production-check-secret")
                .replaceFirst("\"realm\"\\s*:\\s*\"participation\"", "\"realm\": \"" + REALM + "\"");
        assertThat(realm).doesNotContain("${PARTICIPATION_");
        keycloak = KeycloakAdmin.logIn(REALM);
        keycloak.deleteRealm();
        keycloak.importRealm(realm);
    }

    @AfterAll
    static void removeIt() {
        if (keycloak != null) {
            keycloak.deleteRealm();
        }
    }

    @Test
    void refusesPasswordsThePolicyForbidsAndAcceptsALetterCode() {
        // long enough that only the rule under test can refuse them
        String user = keycloak.createUser("jeroen.devries.lemelerveld", "jeroen.devries@example.org");

        assertThat(keycloak.setPassword(user, "Kort-2026")).as("shorter than 12").isEqualTo(400);
        assertThat(keycloak.setPassword(user, "jeroen.devries.lemelerveld")).as("the user name").isEqualTo(400);
        assertThat(keycloak.setPassword(user, "jeroen.devries@example.org")).as("the e-mail address").isEqualTo(400);
        assertThat(keycloak.setPassword(user, "ABCD-EFGH-JKMN")).as("an activation code of a letter").isEqualTo(204);
        assertThat(keycloak.setPassword(user, "lange zin over de dijk")).isEqualTo(204);
        assertThat(keycloak.setPassword(user, "ABCD-EFGH-JKMN")).as("used recently").isEqualTo(400);
    }

    @Test
    void theLoginPageIsTheDutchParticipatieSuiteWithForgottenPassword() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        KeycloakTestServer.baseUrl() + "/realms/" + REALM + "/protocol/openid-connect/auth"
                                + "?client_id=participation-web&response_type=code&scope=openid"
                                + "&redirect_uri=https%3A%2F%2Fparticipatie.example.org%2Flogin%2Foauth2%2Fcode%2Fkeycloak"
                                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"))
                        .header("Accept-Language", "nl").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Participatie Suite").contains("Inloggen bij de Participatie Suite")
                .contains("Wachtwoord vergeten?").contains("kc-form-login");
    }

    @Test
    void locksOutGuessingAndOffersAForgottenPasswordInTheDutchTheme() {
        Map<String, Object> realm = keycloak.realm();

        assertThat(realm).containsEntry("bruteForceProtected", true).containsEntry("permanentLockout", false)
                .containsEntry("failureFactor", 5).containsEntry("resetPasswordAllowed", true)
                .containsEntry("registrationAllowed", false).containsEntry("loginTheme", "participatie-suite")
                .containsEntry("defaultLocale", "nl");
        assertThat((String) realm.get("passwordPolicy")).contains("length(12)").contains("notUsername")
                .contains("passwordHistory(5)");
    }
}
