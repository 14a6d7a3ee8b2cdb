package nl.participationsuite.testsupport;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The {@link KeycloakTestServer}'s admin REST API as its bootstrap administrator (the development
 * {@code admin}/{@code admin} of {@code start-keycloak.sh}): for tests that act as a Keycloak
 * administrator would, outside the application (sign a user out, change a client for this run).
 */
public final class KeycloakAdmin {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() { };

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    private final RestClient realm;

    private final RestClient admin;

    private KeycloakAdmin(RestClient admin, String realmName) {
        this.admin = admin;
        this.realm = admin.mutate().baseUrl(KeycloakTestServer.baseUrl() + "/admin/realms/" + realmName).build();
    }

    /** Logs in to the master realm as the bootstrap administrator, to manage the participation realm. */
    public static KeycloakAdmin logIn() {
        return logIn(KeycloakTestServer.REALM);
    }

    /** Logs in to the master realm as the bootstrap administrator, to manage the given realm. */
    public static KeycloakAdmin logIn(String realmName) {
        RestClient http = RestClient.create();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "password");
        form.add("client_id", "admin-cli");
        form.add("username", PostgresTestDatabase.setting("PARTICIPATION_TEST_KEYCLOAK_ADMIN", "admin"));
        form.add("password", PostgresTestDatabase.setting("PARTICIPATION_TEST_KEYCLOAK_ADMIN_PASSWORD", "admin"));
        Map<String, Object> token = http.post()
                .uri(KeycloakTestServer.baseUrl() + "/realms/master/protocol/openid-connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(OBJECT);
        return new KeycloakAdmin(RestClient.builder()
                .baseUrl(KeycloakTestServer.baseUrl() + "/admin/realms")
                .defaultHeaders(headers -> headers.setBearerAuth(String.valueOf(token.get("access_token"))))
                .build(), realmName);
    }

    /** Imports a realm, as "Create realm" from a file in the admin console does. */
    public void importRealm(String realmJson) {
        admin.post().contentType(MediaType.APPLICATION_JSON).body(realmJson).retrieve().toBodilessEntity();
    }

    /** Removes this realm, when it exists. */
    public void deleteRealm() {
        realm.delete().exchange((request, response) -> response.getStatusCode());
    }

    /** This realm as Keycloak represents it. */
    public Map<String, Object> realm() {
        return realm.get().retrieve().body(OBJECT);
    }

    /** Creates an enabled user with an e-mail address and no password, and answers its id. */
    public String createUser(String userName, String email) {
        realm.post().uri("/users").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", userName, "email", email, "enabled", true, "firstName", "Test",
                        "lastName", "Gebruiker"))
                .retrieve().toBodilessEntity();
        return userId(userName);
    }

    /**
     * Sets a user's password as an administrator does ("Reset password"), and answers Keycloak's
     * status: 204 when the realm's password policy accepts it, 400 with the rule when not.
     */
    public int setPassword(String userId, String password) {
        return realm.put().uri("/users/{id}/reset-password", userId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("type", "password", "value", password, "temporary", false))
                .exchange((request, response) -> response.getStatusCode().value());
    }

    /** Gives a user a realm role, as "Assign role" in the admin console does. */
    public void giveRealmRole(String userId, String roleName) {
        Map<String, Object> role = realm.get().uri("/roles/{name}", roleName).retrieve().body(OBJECT);
        realm.post().uri("/users/{id}/role-mappings/realm", userId).contentType(MediaType.APPLICATION_JSON)
                .body(List.of(role)).retrieve().toBodilessEntity();
    }

    /** Switches a user's account on or off, as the "Enabled" switch in the admin console does. */
    public void setEnabled(String userId, boolean enabled) {
        realm.put().uri("/users/{id}", userId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("enabled", enabled)).retrieve().toBodilessEntity();
    }

    /** The client with this client id, as Keycloak represents it. */
    public Map<String, Object> client(String clientId) {
        return realm.get().uri("/clients?clientId={clientId}", clientId).retrieve().body(LIST).get(0);
    }

    /** Replaces a client by the given representation (which carries its internal id). */
    public void updateClient(Map<String, Object> client) {
        realm.put().uri("/clients/{id}", client.get("id")).contentType(MediaType.APPLICATION_JSON)
                .body(client).retrieve().toBodilessEntity();
    }

    /** Keycloak's internal id of a user. */
    public String userId(String userName) {
        return String.valueOf(realm.get().uri("/users?username={name}&exact=true", userName).retrieve().body(LIST)
                .get(0).get("id"));
    }

    /** Ends every Keycloak session of the user, as "Sign out" in the admin console does. */
    public void signOut(String userName) {
        realm.post().uri("/users/{id}/logout", userId(userName)).retrieve().toBodilessEntity();
    }

    /** The user's Keycloak sessions. */
    public List<Map<String, Object>> sessions(String userName) {
        return realm.get().uri("/users/{id}/sessions", userId(userName)).retrieve().body(LIST);
    }

    /** Ends one Keycloak session, as signing out of one device in the account console does. */
    public void endSession(String sessionId) {
        realm.delete().uri("/sessions/{id}", sessionId).retrieve().toBodilessEntity();
    }
}
