package nl.participationsuite.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.participationsuite.testsupport.HttpBrowser;
import nl.participationsuite.testsupport.KeycloakTokens;
import nl.participationsuite.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A node that cannot reach Keycloak (here: its server-to-server address is a closed port, while
 * browsers and tokens still know the real one). It stays ready, so the load balancer keeps it;
 * an API call whose token it cannot check answers 503 problem details with Retry-After; a login it
 * cannot finish answers the Dutch 503 page; the failed health check is one line in the log.
 */
@WebIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class KeycloakUnreachableIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void keycloakOnAClosedPort(DynamicPropertyRegistry properties) throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        properties.add("participation.keycloak.backchannel-uri",
                () -> "http://127.0.0.1:" + closed + "/realms/participation");
    }

    @Test
    void theNodeStaysReadyAndAlive() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness", "application/json");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
        assertThat(get("/readyz", "application/json").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness", "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void aFailedKeycloakCheckIsOneLineInTheLogAndShowsInOverallHealth(CapturedOutput output) throws Exception {
        HttpResponse<String> health = get("/actuator/health", "application/json");

        assertThat(health.statusCode()).as("the whole, which includes Keycloak, is down").isEqualTo(503);
        List<String> lines = output.getAll().lines().toList();
        int warning = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("Keycloak health check failed")) {
                warning = i;
            }
        }
        assertThat(warning).as("a warning about Keycloak in\n" + output.getAll()).isNotNegative();
        assertThat(lines.get(warning)).contains("WARN").contains("Connection refused");
        if (warning + 1 < lines.size()) {
            assertThat(lines.get(warning + 1)).as("no stack trace follows").doesNotStartWith("\tat ")
                    .doesNotStartWith("org.springframework.web.client").doesNotStartWith("Caused by");
        }
    }

    @Test
    void anApiCallWhoseTokenCannotBeCheckedAnswers503ProblemDetailsWithRetryAfter() throws Exception {
        String token = KeycloakTokens.accessToken("coordinator");

        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Accept", "application/json").header("Accept-Language", "nl")
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("30");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("title").asText()).isEqualTo("Tijdelijk niet beschikbaar");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("127.0.0.1");
    }

    @Test
    void aLoginThatCannotBeFinishedAnswersTheDutch503Page() {
        HttpBrowser browser = new HttpBrowser(port);

        HttpResponse<String> callback = browser.signInAtKeycloak("professional");

        assertThat(callback.statusCode()).isEqualTo(503);
        assertThat(callback.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(callback.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(callback.body()).contains("Aanmelden lukt op dit moment niet").doesNotContain("Exception");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
