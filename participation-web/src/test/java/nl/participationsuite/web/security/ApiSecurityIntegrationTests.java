package nl.participationsuite.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.participationsuite.testsupport.KeycloakTokens;
import nl.participationsuite.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API's security with real Keycloak tokens: who gets in, who gets 401 or 403, always as problem details. */
@WebIntegrationTest
class ApiSecurityIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void answersMissingTokenWithUnauthorizedProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/me", null);

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void answersGarbageTokenWithUnauthorizedProblem() throws Exception {
        assertProblem(get("/api/v1/me", "not-a-token"), 401);
    }

    @Test
    void refusesTokenIssuedForAnotherAudience() throws Exception {
        // admin-cli is Keycloak's own client in every realm: a real, valid token of our issuer,
        // but without the participation-api audience.
        String foreignToken = KeycloakTokens.accessToken("admin-cli", "resident1");

        HttpResponse<String> response = get("/api/v1/me", foreignToken);

        assertProblem(response, 401);
    }

    @Test
    void refusesResidentOnCoordinatorOnlyEndpointWithForbiddenProblem() throws Exception {
        assertProblem(post("/api/v1/trajectories", "{}", KeycloakTokens.accessToken("resident1")), 403);
        assertProblem(post("/api/v1/trajectories", "{}", KeycloakTokens.accessToken("professional")), 403);
    }

    @Test
    void letsCoordinatorThroughToCoordinatorOnlyEndpoint() throws Exception {
        // Past the security layer an empty start is refused for what it lacks, not for who sends it.
        assertProblem(post("/api/v1/trajectories", "{}", KeycloakTokens.accessToken("coordinator")), 400);
    }

    @Test
    void keepsResidentsAndManagersOutOfTheWorkspaceApi() throws Exception {
        assertProblem(get("/api/v1/trajectories", KeycloakTokens.accessToken("resident2")), 403);
        assertProblem(get("/api/v1/trajectories", KeycloakTokens.accessToken("manager")), 403);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            resident1     | resident
            resident6     | resident
            professional  | professional
            professional2 | professional
            coordinator   | professional,coordinator
            manager       | manager
            admin         | admin
            """)
    void showsEachDemoUserTheirRoles(String userName, String roles) throws Exception {
        HttpResponse<String> response = get("/api/v1/me", KeycloakTokens.accessToken(userName));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = JSON.readTree(response.body());
        assertThat(me.get("subject").asText()).isNotBlank().isNotEqualTo(userName);
        assertThat(me.get("displayName").asText()).isNotBlank().isNotEqualTo(userName);
        List<String> actualRoles = JSON.convertValue(me.get("roles"), JSON.getTypeFactory()
                .constructCollectionType(List.class, String.class));
        assertThat(actualRoles).containsExactlyInAnyOrder(roles.split(","));
    }

    @Test
    void answersUnknownApiPathWithNotFoundProblem() throws Exception {
        assertProblem(get("/api/v1/no-such-thing", KeycloakTokens.accessToken("professional")), 404);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "at org.", "at nl.", "trace");
    }
}
