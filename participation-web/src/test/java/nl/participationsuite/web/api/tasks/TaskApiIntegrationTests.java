package nl.participationsuite.web.api.tasks;

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

/** The tasks API with real Keycloak tokens: list, read, complete with a typed JSON outcome, and the error codes. */
@WebIntegrationTest
class TaskApiIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    @Test
    void coordinatorCompletesTheRecruitmentTaskWithItsTypedOutcome() throws Exception {
        String coordinator = LinkedAccounts.token("coordinator", people, organisations, jwt);
        String outsider = LinkedAccounts.token("professional2", people, organisations, jwt);
        String trajectoryId = startTrajectory(coordinator);

        JsonNode recruit = recruitmentTask(coordinator, trajectoryId);
        String taskId = recruit.get("id").asText();
        assertThat(recruit.get("outcome").asText()).isEqualTo("RecruitmentOutcome");
        assertThat(recruit.get("formKey").asText()).isEqualTo("outcome:RecruitmentOutcome");
        assertThat(recruit.get("overdue").asBoolean()).isFalse();

        assertThat(call("GET", "/api/v1/tasks/" + taskId, null, outsider).statusCode()).isEqualTo(404);
        assertThat(call("POST", "/api/v1/tasks/" + taskId + "/complete", "{}", outsider).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(call("GET", "/api/v1/tasks", null, outsider).body()).findValuesAsText("trajectoryId"))
                .doesNotContain(trajectoryId);

        HttpResponse<String> unknownField = call("POST", "/api/v1/tasks/" + taskId + "/complete", "{\"residents\": 5}", coordinator);
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownField.body()).at("/errors/0/field").asText()).isEqualTo("residents");
        assertThat(unknownField.body()).doesNotContain("nl.participationsuite");

        assertThat(call("POST", "/api/v1/tasks/" + taskId + "/complete", "{}", coordinator).statusCode()).isEqualTo(204);

        // Too few residents involved: the gate holds and asks the coordinator again, in a new task.
        JsonNode again = recruitmentTask(coordinator, trajectoryId);
        assertThat(again.get("id").asText()).isNotEqualTo(taskId);
        HttpResponse<String> completedBefore = call("POST", "/api/v1/tasks/" + taskId + "/complete", "{}", coordinator);
        assertThat(completedBefore.statusCode()).isEqualTo(409);
        assertThat(completedBefore.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(completedBefore.body());
        assertThat(problem.get("reason").asText()).isEqualTo("COMPLETED_BY_YOU");
        assertThat(problem.get("detail").asText()).isEqualTo("U hebt deze taak al afgerond. Er is niets opnieuw opgeslagen.");
    }

    @Test
    void answersAnUnknownTaskWithNotFound() throws Exception {
        String coordinator = LinkedAccounts.token("coordinator", people, organisations, jwt);

        assertThat(call("GET", "/api/v1/tasks/does-not-exist", null, coordinator).statusCode()).isEqualTo(404);
        assertThat(call("POST", "/api/v1/tasks/does-not-exist/claim", null, coordinator).statusCode()).isEqualTo(404);
    }

    private JsonNode recruitmentTask(String token, String trajectoryId) throws Exception {
        JsonNode tasks = JSON.readTree(call("GET", "/api/v1/tasks?trajectoryId=" + trajectoryId, null, token).body())
                .at("/content");
        List<JsonNode> recruit = new java.util.ArrayList<>();
        tasks.forEach(task -> {
            if (task.get("formKey").asText().endsWith("RecruitmentOutcome")) {
                recruit.add(task);
            }
        });
        assertThat(recruit).hasSize(1);
        return recruit.get(0);
    }

    private String startTrajectory(String coordinator) {
        return ApiCalls.startTrajectory(port, coordinator, "Schuldhulp dichterbij", "Ommen");
    }

    private HttpResponse<String> call(String method, String path, String json, String token) {
        return ApiCalls.call(port, method, path, json, token);
    }
}
