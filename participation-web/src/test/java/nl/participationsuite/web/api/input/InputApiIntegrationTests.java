package nl.participationsuite.web.api.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.ApiCalls;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The inputs API with real Keycloak tokens: recording input on a resident's behalf, the list and
 * one input with its timeline, the answer through the tasks API, and every refusal storing nothing.
 */
@WebIntegrationTest
class InputApiIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    InputService inputs;

    @Test
    void aProfessionalOfTheTrajectoryRecordsInputForAResidentThatIsAnsweredThroughItsTask() throws Exception {
        String coordinator = token("coordinator");
        String colleague = token("professional");
        TrajectoryId trajectory = startTrajectory(coordinator);
        ParticipantId fatima = resident(trajectory, "Fatima El Amrani");
        String path = "/api/v1/trajectories/" + trajectory + "/inputs";

        HttpResponse<String> first = call("POST", path, input(fatima, "De bus rijdt niet meer op zondag."), coordinator);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode recorded = JSON.readTree(first.body());
        String inputId = recorded.at("/input/id").asText();
        assertThat(first.headers().firstValue("Location")).hasValue(path + "/" + inputId);
        assertThat(recorded.at("/input/residentName").asText()).isEqualTo("Fatima El Amrani");
        assertThat(recorded.at("/input/status").asText()).isEqualTo("RECEIVED");
        assertThat(recorded.at("/recordedOnBehalfBy").asText()).isEqualTo("Marieke de Vries");
        Instant received = Instant.parse(recorded.at("/input/receivedAt").asText());
        assertThat(Instant.parse(recorded.at("/input/dueAt").asText())).isEqualTo(received.plus(Duration.ofDays(14)));
        HttpResponse<String> second = call("POST", path, input(fatima, "Meer bankjes in het park."), coordinator);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);

        JsonNode list = JSON.readTree(call("GET", path, null, colleague).body());
        assertThat(list.at("/page/totalElements").asInt()).isEqualTo(2);
        assertThat(list.at("/content/0/text").asText()).isEqualTo("Meer bankjes in het park.");
        assertThat(list.at("/content/1/id").asText()).isEqualTo(inputId);
        assertThat(list.at("/content/1/overdue").asBoolean()).isFalse();

        // Answered through the tasks API: the timeline shows every step.
        String taskId = respondTask(coordinator, trajectory, 2);
        HttpResponse<String> answered = call("POST", "/api/v1/tasks/" + taskId + "/complete",
                "{\"status\": \"PARTLY_ADOPTED\", \"feedback\": \"We vragen de vervoerder om een zondagsrit.\", "
                        + "\"passedOn\": \"PHONE\"}", coordinator);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(204);
        JsonNode answeredInput = JSON.readTree(call("GET", path + "/" + answeredInputId(path, coordinator), null, colleague).body());
        assertThat(answeredInput.at("/input/status").asText()).isEqualTo("PARTLY_ADOPTED");
        assertThat(answeredInput.at("/feedbackBy").asText()).isEqualTo("Marieke de Vries");
        assertThat(answeredInput.get("history").findValuesAsText("status"))
                .containsExactly("RECEIVED", "UNDER_CONSIDERATION", "PARTLY_ADOPTED");
        assertThat(answeredInput.get("history").findValuesAsText("by")).containsOnly("Marieke de Vries");
    }

    @Test
    void anInputIsAnsweredByItsIdOnceAndOnlyByAProfessionalOfTheTrajectory() throws Exception {
        String coordinator = token("coordinator");
        String outsider = token("professional2");
        TrajectoryId trajectory = startTrajectory(coordinator);
        ParticipantId fatima = resident(trajectory, "Fatima El Amrani");
        String path = "/api/v1/trajectories/" + trajectory + "/inputs";
        String inputId = JSON.readTree(call("POST", path, input(fatima, "Een bankje bij de bushalte."), coordinator).body())
                .at("/input/id").asText();
        String answer = "{\"status\": \"ADOPTED\", \"feedback\": \"Het bankje komt er in april.\", \"passedOn\": \"AT_THE_DOOR\"}";

        HttpResponse<String> notAnAnswer = call("POST", path + "/" + inputId + "/response",
                "{\"status\": \"UNDER_CONSIDERATION\", \"feedback\": \"We kijken ernaar.\"}", coordinator);
        assertThat(notAnAnswer.statusCode()).as(notAnAnswer.body()).isEqualTo(400);
        assertThat(JSON.readTree(notAnAnswer.body()).at("/errors/0/field").asText()).isEqualTo("status");
        HttpResponse<String> empty = call("POST", path + "/" + inputId + "/response", "{}", coordinator);
        assertThat(JSON.readTree(empty.body()).get("errors").findValuesAsText("field")).contains("status", "feedback");
        assertThat(call("POST", path + "/" + inputId + "/response", answer, outsider).statusCode()).isEqualTo(404);
        assertThat(call("POST", path + "/" + InputId.random() + "/response", answer, coordinator).statusCode())
                .isEqualTo(404);
        assertThat(inputs.get(InputId.of(inputId)).status()).isEqualTo(InputStatus.RECEIVED);
        HttpResponse<String> noWayToFatima = call("POST", path + "/" + inputId + "/response",
                "{\"status\": \"ADOPTED\", \"feedback\": \"Het bankje komt er in april.\"}", coordinator);
        assertThat(noWayToFatima.statusCode()).as(noWayToFatima.body()).isEqualTo(400);
        assertThat(JSON.readTree(noWayToFatima.body()).at("/errors/0/field").asText()).isEqualTo("passedOn");

        HttpResponse<String> interim = call("POST", path + "/" + inputId + "/interim-answer",
                "{\"interimAnswer\": \"We vragen de gemeente waar het bankje kan staan.\", \"expectedOn\": \""
                        + java.time.LocalDate.now().plusDays(21) + "\"}", coordinator);
        assertThat(interim.statusCode()).as(interim.body()).isEqualTo(200);
        assertThat(JSON.readTree(interim.body()).at("/interim/text").asText())
                .isEqualTo("We vragen de gemeente waar het bankje kan staan.");
        assertThat(inputs.get(InputId.of(inputId)).status()).isEqualTo(InputStatus.UNDER_CONSIDERATION);

        HttpResponse<String> answered = call("POST", path + "/" + inputId + "/response", answer, coordinator);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(JSON.readTree(answered.body()).at("/input/status").asText()).isEqualTo("ADOPTED");
        assertThat(JSON.readTree(answered.body()).at("/input/feedback").asText()).isEqualTo("Het bankje komt er in april.");
        assertThat(JSON.readTree(answered.body()).at("/passedOn").asText()).isEqualTo("AT_THE_DOOR");
        assertThat(JSON.readTree(call("GET", "/api/v1/tasks?trajectoryId=" + trajectory, null, coordinator).body())
                .findValuesAsText("outcome")).doesNotContain("InputResponseOutcome");

        HttpResponse<String> again = call("POST", path + "/" + inputId + "/response", answer, coordinator);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(inputs.get(InputId.of(inputId)).feedback()).isEqualTo("Het bankje komt er in april.");
    }

    @Test
    void refusesInputThatBreaksARuleAndStoresNothing() throws Exception {
        String coordinator = token("coordinator");
        String colleague = token("professional");
        TrajectoryId trajectory = startTrajectory(coordinator);
        ParticipantId fatima = resident(trajectory, "Fatima El Amrani");
        ParticipantId coordinatorInTrajectory = trajectories.get(trajectory).participantOf(person(coordinator).id())
                .orElseThrow().id();
        String path = "/api/v1/trajectories/" + trajectory + "/inputs";

        HttpResponse<String> incomplete = call("POST", path, "{\"text\": \"\"}", coordinator);
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(incomplete.body()).get("errors").findValuesAsText("field"))
                .contains("residentParticipantId", "channel", "text");

        HttpResponse<String> notAResident = call("POST", path, input(coordinatorInTrajectory, "Namens mezelf"), coordinator);
        assertThat(notAResident.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notAResident.body()).at("/errors/0/field").asText()).isEqualTo("residentParticipantId");
        assertThat(JSON.readTree(notAResident.body()).at("/errors/0/code").asText()).isEqualTo("input.not-a-resident");

        HttpResponse<String> unknownResident = call("POST", path, input(ParticipantId.random(), "Wie ben ik?"), coordinator);
        assertThat(unknownResident.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownResident.body()).at("/errors/0/field").asText()).isEqualTo("residentParticipantId");

        // A colleague of the organisation sees the trajectory but takes no part in it: not theirs to record.
        HttpResponse<String> byAnOutsideColleague = call("POST", path, input(fatima, "Via de buurvrouw"), colleague);
        assertThat(byAnOutsideColleague.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(byAnOutsideColleague.body()).at("/errors/0/code").asText())
                .isEqualTo("input.recorder-not-a-professional");

        HttpResponse<String> future = call("POST", path, """
                {"residentParticipantId": "%s", "channel": "MEETING", "text": "Later", "receivedAt": "%s"}"""
                .formatted(fatima, Instant.now().plus(Duration.ofDays(2))), coordinator);
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(future.body()).at("/errors/0/field").asText()).isEqualTo("receivedAt");

        assertThat(inputs.ofTrajectory(trajectory)).isEmpty();
        assertThat(JSON.readTree(call("GET", path, null, coordinator).body()).at("/page/totalElements").asInt()).isZero();

        // Once the colleague takes part, the same input is theirs to record.
        trajectories.addParticipant(trajectory, person(colleague).id());
        assertThat(call("POST", path, input(fatima, "Via de buurvrouw"), colleague).statusCode()).isEqualTo(201);
    }

    @Test
    void keepsInputOutsideTheCallersScopeHidden() throws Exception {
        String coordinator = token("coordinator");
        String outsider = token("professional2");
        TrajectoryId trajectory = startTrajectory(coordinator);
        ParticipantId fatima = resident(trajectory, "Fatima El Amrani");
        String path = "/api/v1/trajectories/" + trajectory + "/inputs";
        String inputId = JSON.readTree(call("POST", path, input(fatima, "Graag een avondbijeenkomst."), coordinator).body())
                .at("/input/id").asText();
        TrajectoryId other = startTrajectory(coordinator);

        HttpResponse<String> hidden = call("GET", path, null, outsider);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("avondbijeenkomst");
        assertThat(call("GET", path + "/" + inputId, null, outsider).statusCode()).isEqualTo(404);
        assertThat(call("POST", path, input(fatima, "Van buiten"), outsider).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/trajectories/" + other + "/inputs/" + inputId, null, coordinator).statusCode())
                .isEqualTo(404);
        assertThat(call("GET", path + "/00000000-0000-0000-0000-000000000000", null, coordinator).statusCode())
                .isEqualTo(404);
        assertThat(call("GET", path + "?size=101", null, coordinator).statusCode()).isEqualTo(400);
        assertThat(inputs.ofTrajectory(trajectory)).hasSize(1);
    }

    private String answeredInputId(String path, String token) throws Exception {
        JsonNode list = JSON.readTree(call("GET", path, null, token).body());
        List<String> answered = new ArrayList<>();
        list.get("content").forEach(input -> {
            if (!input.get("status").asText().equals("RECEIVED")) {
                answered.add(input.get("id").asText());
            }
        });
        assertThat(answered).hasSize(1);
        return answered.get(0);
    }

    /** The first of the trajectory's respond-to-input tasks, once there are {@code expected} of them. */
    private String respondTask(String token, TrajectoryId trajectory, int expected) throws Exception {
        JsonNode tasks = JSON.readTree(call("GET", "/api/v1/tasks?trajectoryId=" + trajectory, null, token).body())
                .at("/content");
        List<String> respond = new ArrayList<>();
        tasks.forEach(task -> {
            if (task.get("outcome").asText().equals("InputResponseOutcome")) {
                respond.add(task.get("id").asText());
            }
        });
        assertThat(respond).hasSize(expected);
        return respond.get(0);
    }

    private ParticipantId resident(TrajectoryId trajectory, String name) {
        Person resident = people.save(Person.resident(name, null, null, null));
        return trajectories.addParticipant(trajectory, resident.id()).id();
    }

    private static String input(ParticipantId resident, String text) {
        return """
                {"residentParticipantId": "%s", "channel": "PHONE", "topic": "Vervoer", "text": "%s"}"""
                .formatted(resident, text);
    }

    private TrajectoryId startTrajectory(String coordinator) {
        return TrajectoryId.of(ApiCalls.startTrajectory(port, coordinator, "Elke inbreng telt", "Dalfsen"));
    }

    private Person person(String token) {
        return people.findByKeycloakSubject(jwt.decode(token).getSubject()).orElseThrow();
    }

    private String token(String user) {
        return LinkedAccounts.token(user, people, organisations, jwt);
    }

    private HttpResponse<String> call(String method, String path, String json, String token) {
        return ApiCalls.call(port, method, path, json, token);
    }
}
