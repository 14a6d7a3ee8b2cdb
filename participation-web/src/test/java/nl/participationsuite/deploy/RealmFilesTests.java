package nl.participationsuite.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The production realm ({@code deploy/keycloak/participation-realm.json}) and the development
 * realm ({@code deploy/keycloak/dev/...}) are two files; this keeps them the same realm. The
 * development one only adds demo users, the scripts' client and local addresses.
 */
class RealmFilesTests {

    private static final Path DEPLOY = Path.of("../deploy/keycloak");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> PRODUCT_ROLES = List.of("resident", "professional", "coordinator", "manager", "admin");

    @Test
    void bothRealmsHaveTheProductRolesAndTokenLifespan() throws IOException {
        for (JsonNode realm : List.of(production(), development())) {
            assertThat(realm.get("realm").asText()).isEqualTo("participation");
            assertThat(realm.get("accessTokenLifespan").asInt()).isEqualTo(300);
            List<String> roles = new ArrayList<>();
            realm.path("roles").path("realm").forEach(role -> roles.add(role.get("name").asText()));
            assertThat(roles).containsAll(PRODUCT_ROLES);
        }
    }

    @Test
    void theWebClientIsConfidentialAndRequiresPkce() throws IOException {
        for (JsonNode realm : List.of(production(), development())) {
            JsonNode web = client(realm, "participation-web");
            assertThat(web.get("publicClient").asBoolean()).isFalse();
            assertThat(web.get("standardFlowEnabled").asBoolean()).isTrue();
            assertThat(web.path("directAccessGrantsEnabled").asBoolean()).isFalse();
            assertThat(web.path("implicitFlowEnabled").asBoolean()).isFalse();
            assertThat(web.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
            assertThat(web.path("defaultClientScopes").toString()).contains("participation-api");
        }
    }

    @Test
    void productionRealmHasNoDemoUsersNoScriptClientAndNoSecretInIt() throws IOException {
        JsonNode production = production();

        assertThat(production.path("users").toString()).doesNotContain("resident1", "coordinator\"");
        assertThat(clientIds(production)).doesNotContain("participation-cli");
        assertThat(client(production, "participation-web").get("secret").asText()).startsWith("${");
    }

    /**
     * Production only: the password policy (the demo users' password is their user name) and the
     * brute-force tuning (the tests log in often and fail on purpose; development keeps Keycloak's
     * defaults with protection on).
     */
    private static final List<String> PRODUCTION_ONLY = List.of("passwordPolicy", "permanentLockout", "failureFactor",
            "waitIncrementSeconds", "maxFailureWaitSeconds", "maxDeltaTimeSeconds", "quickLoginCheckMilliSeconds",
            "minimumQuickLoginWaitSeconds");

    @Test
    void developmentRealmDiffersOnlyInWhatDevelopmentNeeds() throws IOException {
        JsonNode production = production();
        JsonNode development = development();

        Map<String, String> productionSettings = settings(production);
        assertThat(productionSettings).containsKeys(PRODUCTION_ONLY.toArray(String[]::new));
        productionSettings.keySet().removeAll(PRODUCTION_ONLY);
        assertThat(settings(development)).isEqualTo(productionSettings);
        assertThat(clientScopes(development)).isEqualTo(clientScopes(production));
        assertThat(mappers(client(development, "participation-web"))).isEqualTo(mappers(client(production, "participation-web")));
        assertThat(clientIds(development)).contains("participation-cli");
        assertThat(client(development, "participation-cli").get("publicClient").asBoolean()).isTrue();
        assertThat(client(development, "participation-cli").get("standardFlowEnabled").asBoolean()).isFalse();
    }

    /** Realm-level settings that must not drift: everything but users, clients and the SSL rule. */
    private static Map<String, String> settings(JsonNode realm) {
        Map<String, String> settings = new TreeMap<>();
        realm.fields().forEachRemaining(field -> {
            if (!List.of("users", "clients", "sslRequired", "id", "roles", "clientScopes", "scopeMappings",
                    "clientScopeMappings", "components", "keycloakVersion").contains(field.getKey())) {
                settings.put(field.getKey(), field.getValue().toString());
            }
        });
        return settings;
    }

    private static String clientScopes(JsonNode realm) {
        return realm.path("clientScopes").toString().replaceAll("\"id\"\\s*:\\s*\"[^\"]*\",?", "");
    }

    private static String mappers(JsonNode client) {
        return client.path("protocolMappers").toString().replaceAll("\"id\"\\s*:\\s*\"[^\"]*\",?", "");
    }

    private static List<String> clientIds(JsonNode realm) {
        List<String> ids = new ArrayList<>();
        realm.path("clients").forEach(client -> ids.add(client.get("clientId").asText()));
        return ids;
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.get("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static JsonNode production() throws IOException {
        return JSON.readTree(DEPLOY.resolve("participation-realm.json").toFile());
    }

    private static JsonNode development() throws IOException {
        return JSON.readTree(DEPLOY.resolve("dev/participation-realm.json").toFile());
    }
}
