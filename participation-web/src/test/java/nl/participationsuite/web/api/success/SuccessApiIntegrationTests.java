package nl.participationsuite.web.api.success;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.VisionContent;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.domain.vision.VisionVersion;
import nl.participationsuite.testsupport.ApiCalls;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The successes API with real Keycloak tokens: refused before working together, registered with its
 * input and criteria while working together, listed and read, and every refusal storing nothing.
 * The phases before working together are played in the workflow module's tests; here the process
 * is moved into working together directly, as the workflow's own fixture does.
 */
@WebIntegrationTest
class SuccessApiIntegrationTests {

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
    VisionService visions;

    @Autowired
    SuccessService successes;

    @Autowired
    RuntimeService runtimeService;

    @Test
    void registersASuccessWhileWorkingTogetherWithTheInputAndCriteriaItCameFrom() throws Exception {
        String coordinator = token("coordinator");
        String colleague = token("professional");
        TrajectoryId trajectory = startTrajectory(coordinator);
        ParticipantId fatima = resident(trajectory, "Fatima El Amrani");
        String path = "/api/v1/trajectories/" + trajectory + "/successes";

        HttpResponse<String> tooEarly = call("POST", path, quickWin("[]", "[]"), coordinator);
        assertThat(tooEarly.statusCode()).as(tooEarly.body()).isEqualTo(400);
        assertThat(JSON.readTree(tooEarly.body()).at("/errors/0/code").asText()).isEqualTo("trajectory.not-working-together");
        assertThat(successes.successes(trajectory)).isEmpty();

        VisionVersion vision = adoptedVision(trajectory);
        workTogether(trajectory);
        String inputId = recordInput(trajectory, fatima, coordinator);
        String criterionId = vision.successCriteria().get(0).id().toString();

        HttpResponse<String> registered = call("POST", path,
                quickWin("[\"" + inputId + "\"]", "[\"" + criterionId + "\"]"), colleague);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonNode success = JSON.readTree(registered.body());
        String successId = success.get("id").asText();
        assertThat(registered.headers().firstValue("Location")).hasValue(path + "/" + successId);
        assertThat(success.get("cycle").asInt()).isEqualTo(1);
        assertThat(success.get("visible").asBoolean()).isFalse();
        assertThat(JSON.convertValue(success.get("inputIds"), List.class)).containsExactly(inputId);
        assertThat(JSON.convertValue(success.get("successCriterionIds"), List.class)).containsExactly(criterionId);

        HttpResponse<String> read = call("GET", path + "/" + successId, null, colleague);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).get("title").asText()).isEqualTo("Bankje bij de bushalte");
        JsonNode list = JSON.readTree(call("GET", path, null, coordinator).body());
        assertThat(list.at("/page/totalElements").asInt()).isEqualTo(1);
        assertThat(list.at("/content/0/id").asText()).isEqualTo(successId);
        // The professionals are asked to make it visible to the residents.
        assertThat(JSON.readTree(call("GET", "/api/v1/tasks?trajectoryId=" + trajectory, null, coordinator).body())
                .findValuesAsText("outcome")).contains("SuccessVisibilityOutcome");

        TrajectoryId other = startTrajectory(coordinator);
        assertThat(call("GET", "/api/v1/trajectories/" + other + "/successes/" + successId, null, coordinator)
                .statusCode()).isEqualTo(404);
        String outsider = token("professional2");
        assertThat(call("GET", path, null, outsider).statusCode()).isEqualTo(404);
        assertThat(call("GET", path + "/" + successId, null, outsider).statusCode()).isEqualTo(404);
        assertThat(call("POST", path, quickWin("[]", "[]"), outsider).statusCode()).isEqualTo(404);
        assertThat(successes.successes(trajectory)).hasSize(1);
    }

    @Test
    void refusesASuccessThatBreaksARuleAndStoresNothing() throws Exception {
        String coordinator = token("coordinator");
        TrajectoryId trajectory = startTrajectory(coordinator);
        TrajectoryId other = startTrajectory(coordinator);
        String inputOfOther = recordInput(other, resident(other, "Henk Jansen"), coordinator);
        workTogether(trajectory);
        String path = "/api/v1/trajectories/" + trajectory + "/successes";

        HttpResponse<String> incomplete = call("POST", path, "{\"title\": \" \"}", coordinator);
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(incomplete.body()).get("errors").findValuesAsText("field"))
                .contains("kind", "title", "achievedOn");

        HttpResponse<String> future = call("POST", path, """
                {"kind": "MILESTONE", "title": "Buurthuis open", "achievedOn": "%s"}"""
                .formatted(LocalDate.now().plusDays(30)), coordinator);
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(future.body()).at("/errors/0/code").asText()).isEqualTo("success.achieved-in-future");

        HttpResponse<String> foreignInput = call("POST", path, quickWin("[\"" + inputOfOther + "\"]", "[]"), coordinator);
        assertThat(foreignInput.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(foreignInput.body()).at("/errors/0/field").asText()).isEqualTo("inputIds");

        HttpResponse<String> noVision = call("POST", path,
                quickWin("[]", "[\"00000000-0000-0000-0000-000000000001\"]"), coordinator);
        assertThat(noVision.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noVision.body()).at("/errors/0/field").asText()).isEqualTo("successCriterionIds");

        assertThat(successes.successes(trajectory)).isEmpty();
        assertThat(JSON.readTree(call("GET", path, null, coordinator).body()).at("/page/totalElements").asInt()).isZero();
    }

    private static String quickWin(String inputIds, String criterionIds) {
        return """
                {"kind": "QUICK_WIN", "title": "Bankje bij de bushalte", "description": "Op verzoek van bewoners",
                 "achievedOn": "%s", "inputIds": %s, "successCriterionIds": %s}"""
                .formatted(LocalDate.now().minusDays(1), inputIds, criterionIds);
    }

    private String recordInput(TrajectoryId trajectory, ParticipantId resident, String token) throws Exception {
        HttpResponse<String> recorded = call("POST", "/api/v1/trajectories/" + trajectory + "/inputs", """
                {"residentParticipantId": "%s", "channel": "MEETING", "text": "Een bankje bij de bushalte graag."}"""
                .formatted(resident), token);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        return JSON.readTree(recorded.body()).at("/input/id").asText();
    }

    /** A vision with one success criterion, endorsed by everyone taking part and adopted. */
    private VisionVersion adoptedVision(TrajectoryId trajectory) {
        VisionVersion draft = visions.draft(trajectory, new VisionContent("Iedereen kan de zorg in het dorp bereiken",
                List.of(new VisionContent.Expectation(Party.RESIDENTS, null, "Bewoners melden waar het vervoer hapert"),
                        new VisionContent.Expectation(Party.PROFESSIONALS, null, "Professionals regelen vervoer")),
                List.of(new VisionContent.Criterion("Haltes dichtbij", "Telling van haltes", "3 nieuwe haltes"))));
        visions.submitForReview(draft.id());
        for (Participant participant : trajectories.get(trajectory).participants()) {
            visions.endorse(draft.id(), participant.id(), null);
        }
        return visions.adopt(draft.id());
    }

    /** Moves the trajectory's process into working together (its phase listener moves the domain too). */
    private void workTogether(TrajectoryId trajectory) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(trajectory.toString()).singleResult();
        ActivityInstance root = runtimeService.getActivityInstance(instance.getId());
        ProcessInstanceModificationBuilder modification = runtimeService
                .createProcessInstanceModification(instance.getId()).startBeforeActivity(Activities.CLOSE_WORKING_PHASE);
        for (ActivityInstance child : root.getChildActivityInstances()) {
            modification.cancelActivityInstance(child.getId());
        }
        modification.execute();
        assertThat(trajectories.get(trajectory).phase()).isEqualTo(Phase.WORKING_TOGETHER);
    }

    private ParticipantId resident(TrajectoryId trajectory, String name) {
        Person resident = people.save(Person.resident(name, null, null, null));
        return trajectories.addParticipant(trajectory, resident.id()).id();
    }

    private TrajectoryId startTrajectory(String coordinator) {
        return TrajectoryId.of(ApiCalls.startTrajectory(port, coordinator, "Zichtbare successen", "Hoonhorst"));
    }

    private String token(String user) {
        return LinkedAccounts.token(user, people, organisations, jwt);
    }

    private HttpResponse<String> call(String method, String path, String json, String token) {
        return ApiCalls.call(port, method, path, json, token);
    }
}
