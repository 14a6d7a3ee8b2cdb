package nl.participationsuite.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The demo people are linked to the development realm's users by the ids Keycloak really gives them. */
class DemoAccountTests {

    private static final Path DEVELOPMENT_REALM = Path.of("../deploy/keycloak/dev/participation-realm.json");

    @Test
    void everyDemoAccountIsAUserOfTheDevelopmentRealmWithThatIdNameAndEmail() throws IOException {
        JsonNode users = new ObjectMapper().readTree(DEVELOPMENT_REALM.toFile()).path("users");
        for (DemoAccount account : DemoAccount.values()) {
            JsonNode user = user(users, account.username());
            assertThat(user.path("id").asText()).as(account.username()).isEqualTo(account.subject());
            assertThat(user.path("firstName").asText() + " " + user.path("lastName").asText()).isEqualTo(account.displayName());
            assertThat(user.path("email").isMissingNode() ? null : user.path("email").asText()).isEqualTo(account.email());
            assertThat(user.path("realmRoles").toString().contains("\"resident\"")).as(account.username())
                    .isEqualTo(account.isResident());
        }
    }

    @Test
    void everyResidentProfessionalAndManagerOfTheRealmIsADemoAccount() throws IOException {
        List<String> takingPart = new ArrayList<>();
        for (JsonNode user : new ObjectMapper().readTree(DEVELOPMENT_REALM.toFile()).path("users")) {
            String roles = user.path("realmRoles").toString();
            if (roles.contains("\"resident\"") || roles.contains("\"professional\"") || roles.contains("\"manager\"")) {
                takingPart.add(user.path("username").asText());
            }
        }
        assertThat(takingPart).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(DemoAccount.values()).map(DemoAccount::username).toList());
    }

    private static JsonNode user(JsonNode users, String username) {
        for (JsonNode user : users) {
            if (user.path("username").asText().equals(username)) {
                return user;
            }
        }
        throw new AssertionError("no user " + username + " in " + DEVELOPMENT_REALM);
    }
}
