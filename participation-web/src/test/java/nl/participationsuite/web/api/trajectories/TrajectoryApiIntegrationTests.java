package nl.participationsuite.web.api.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.testsupport.ApiCalls;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** The trajectories API with real Keycloak tokens: start, list in scope, read, and every refusal. */
@WebIntegrationTest
class TrajectoryApiIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String START = """
            {"title": "Samen gezond in Lemelerveld", "topic": "Lokaal gezondheidsbeleid", "area": "Lemelerveld",
             "kind": "ORGANISATION_PROJECT", "intendedLevel": "PARTICIPATION"}""";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    @Test
    void coordinatorStartsATrajectoryThatTheirColleagueSeesAndAnOutsiderDoesNot() throws Exception {
        String coordinator = token("coordinator");
        String colleague = token("professional");
        String outsider = token("professional2");

        HttpResponse<String> started = call("POST", "/api/v1/trajectories", START, coordinator);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        JsonNode details = JSON.readTree(started.body());
        String id = details.at("/trajectory/id").asText();
        assertThat(started.headers().firstValue("Location")).hasValue("/api/v1/trajectories/" + id);
        assertThat(details.at("/trajectory/phase").asText()).isEqualTo("EARLY_INVOLVEMENT");
        assertThat(details.at("/trajectory/reference").asText()).startsWith("PT-");
        assertThat(details.at("/coordinator/displayName").asText()).isEqualTo("Marieke de Vries");
        assertThat(details.at("/minimumResidents").asInt()).isEqualTo(5);

        JsonNode colleaguesList = JSON.readTree(call("GET", "/api/v1/trajectories?size=50", null, colleague).body());
        assertThat(colleaguesList.at("/content").findValuesAsText("id")).contains(id);
        assertThat(colleaguesList.at("/page/size").asInt()).isEqualTo(50);
        assertThat(call("GET", "/api/v1/trajectories/" + id, null, colleague).statusCode()).isEqualTo(200);

        JsonNode outsidersList = JSON.readTree(call("GET", "/api/v1/trajectories", null, outsider).body());
        assertThat(outsidersList.at("/content").findValuesAsText("id")).doesNotContain(id);
        HttpResponse<String> hidden = call("GET", "/api/v1/trajectories/" + id, null, outsider);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("Lemelerveld");
        assertThat(call("GET", "/api/v1/trajectories/00000000-0000-0000-0000-000000000000", null, coordinator)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void pagesTheTrajectoriesNewestFirstFiltersThemOnPhaseAndRefusesABadPage() throws Exception {
        String coordinator = token("coordinator");
        String first = ApiCalls.startTrajectory(port, coordinator, "Eerste van drie", "Nieuwleusen");
        String second = ApiCalls.startTrajectory(port, coordinator, "Tweede van drie", "Nieuwleusen");
        String third = ApiCalls.startTrajectory(port, coordinator, "Derde van drie", "Nieuwleusen");

        JsonNode newest = JSON.readTree(call("GET", "/api/v1/trajectories?size=2", null, coordinator).body());
        JsonNode next = JSON.readTree(call("GET", "/api/v1/trajectories?size=2&page=1", null, coordinator).body());
        JsonNode starting = JSON.readTree(call("GET", "/api/v1/trajectories?size=100&phase=EARLY_INVOLVEMENT", null,
                coordinator).body());
        JsonNode closed = JSON.readTree(call("GET", "/api/v1/trajectories?size=100&phase=CLOSED", null, coordinator).body());

        assertThat(newest.at("/content").findValuesAsText("id")).containsExactly(third, second);
        assertThat(next.at("/content/0/id").asText()).isEqualTo(first);
        assertThat(newest.at("/page/totalElements").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(newest.at("/page/totalPages").asLong()).isEqualTo((newest.at("/page/totalElements").asLong() + 1) / 2);
        assertThat(starting.at("/content").findValuesAsText("id")).contains(first, second, third);
        assertThat(starting.at("/content").findValuesAsText("phase")).containsOnly("EARLY_INVOLVEMENT");
        assertThat(closed.at("/content").findValuesAsText("id")).doesNotContain(first, second, third);
        for (String query : List.of("size=500", "page=-1", "phase=NOWHERE")) {
            HttpResponse<String> refused = call("GET", "/api/v1/trajectories?" + query, null, coordinator);
            assertThat(refused.statusCode()).as(query).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void refusesAnIncompleteStartWithFieldErrorsAndStartsNothing() throws Exception {
        String coordinator = token("coordinator");
        long before = JSON.readTree(call("GET", "/api/v1/trajectories", null, coordinator).body())
                .at("/page/totalElements").asLong();

        HttpResponse<String> refused = call("POST", "/api/v1/trajectories",
                "{\"title\": \" \", \"topic\": \"Gezondheid\", \"area\": \"Raalte\", \"minimumResidents\": 1}", coordinator);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(refused.body()).get("errors").findValuesAsText("field"))
                .contains("title", "kind", "intendedLevel", "minimumResidents");
        assertThat(JSON.readTree(call("GET", "/api/v1/trajectories", null, coordinator).body())
                .at("/page/totalElements").asLong()).isEqualTo(before);
    }

    @Test
    void servesTheOpenApiDocument() throws Exception {
        HttpResponse<String> document = call("GET", "/v3/api-docs", null, null);

        assertThat(document.statusCode()).isEqualTo(200);
        JsonNode api = JSON.readTree(document.body());
        assertThat(api.at("/paths").has("/api/v1/trajectories")).isTrue();
        assertThat(api.at("/info/title").asText()).isEqualTo("Participation Suite API");
        assertThat(api.at("/components/securitySchemes/keycloak/scheme").asText()).isEqualTo("bearer");
    }

    private String token(String user) {
        return LinkedAccounts.token(user, people, organisations, jwt);
    }

    private HttpResponse<String> call(String method, String path, String json, String token) {
        return ApiCalls.call(port, method, path, json, token);
    }
}
