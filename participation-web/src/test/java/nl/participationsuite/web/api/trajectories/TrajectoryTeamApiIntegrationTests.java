package nl.participationsuite.web.api.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.participationsuite.domain.trajectory.LeadershipRole;
import nl.participationsuite.domain.trajectory.Organisations;
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
 * Who takes part and who leads, through the API with real Keycloak tokens: a resident of another
 * trajectory is found and added with their one identity, a role is handed over with a reason, the
 * response time is set; colleagues who only see the trajectory get 403, outsiders 404, bad input 400,
 * and every refusal leaves the trajectory as it was.
 */
@WebIntegrationTest
class TrajectoryTeamApiIntegrationTests {

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

    @Test
    void aResidentOfAnotherTrajectoryIsFoundAndAddedWithTheirOneIdentity() throws Exception {
        String coordinator = token("coordinator");
        TrajectoryId first = TrajectoryId.of(ApiCalls.startTrajectory(port, coordinator, "Eerste traject", "Ommen"));
        String name = "Wendy " + UUID.randomUUID().toString().substring(0, 8);
        Person wendy = people.save(Person.resident(name, null, null, null));
        trajectories.addParticipant(first, wendy.id());
        String second = ApiCalls.startTrajectory(port, coordinator, "Tweede traject", "Ommen");
        String path = "/api/v1/trajectories/" + second;

        HttpResponse<String> found = call("GET", path + "/addable-people?q=" + name.replace(' ', '+'), null, coordinator);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        JsonNode matches = JSON.readTree(found.body());
        assertThat(matches).hasSize(1);
        assertThat(matches.at("/0/id").asText()).isEqualTo(wendy.id().toString());
        assertThat(matches.at("/0/takingPart").asBoolean()).isFalse();

        String body = "{\"personId\": \"" + wendy.id() + "\", \"channel\": \"DOOR_TO_DOOR\"}";
        HttpResponse<String> added = call("POST", path + "/participants", body, coordinator);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(JSON.readTree(added.body()).get("participants").findValuesAsText("personId")).contains(wendy.id().toString());
        assertThat(people.findByIdIn(java.util.List.of(wendy.id()))).hasSize(1);

        HttpResponse<String> again = call("POST", path + "/participants", body, coordinator);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(again.body()).at("/errors/0/field").asText()).isEqualTo("personId");
        assertThat(call("GET", path + "/addable-people?q=W", null, coordinator).statusCode()).isEqualTo(400);
        assertThat(call("POST", path + "/participants", body, token("professional")).statusCode()).isEqualTo(403);
        assertThat(call("POST", path + "/participants", body, token("professional2")).statusCode()).isEqualTo(404);
        assertThat(trajectories.get(TrajectoryId.of(second)).participants()).hasSize(2);
    }

    @Test
    void theCoordinatorHandsTheContactRoleOverWithAReasonAndOthersAreRefused() throws Exception {
        String coordinator = token("coordinator");
        Person me = LinkedAccounts.person("coordinator", people, organisations, jwt);
        String id = ApiCalls.startTrajectory(port, coordinator, "Overdracht", "Hoonhorst");
        String path = "/api/v1/trajectories/" + id;
        Person kees = people.save(Person.professional("Kees Smit", null, null, me.organisationId()));
        assertThat(call("POST", path + "/participants", "{\"personId\": \"" + kees.id() + "\"}", coordinator).statusCode())
                .isEqualTo(200);
        String handOver = """
                {"role": "CONTACT_PERSON", "personId": "%s", "reason": "%s"}""";

        assertThat(call("POST", path + "/handovers", handOver.formatted(kees.id(), " "), coordinator).statusCode())
                .isEqualTo(400);
        assertThat(call("POST", path + "/handovers", handOver.formatted(kees.id(), "Zwangerschapsverlof"),
                token("professional")).statusCode()).isEqualTo(403);
        assertThat(trajectories.handovers(TrajectoryId.of(id))).isEmpty();

        HttpResponse<String> handed = call("POST", path + "/handovers", handOver.formatted(kees.id(), "Zwangerschapsverlof"),
                coordinator);

        assertThat(handed.statusCode()).as(handed.body()).isEqualTo(200);
        assertThat(JSON.readTree(handed.body()).at("/contactPerson/id").asText()).isEqualTo(kees.id().toString());
        assertThat(JSON.readTree(handed.body()).at("/coordinator/id").asText()).isEqualTo(me.id().toString());
        assertThat(trajectories.handovers(TrajectoryId.of(id))).singleElement().satisfies(handover -> {
            assertThat(handover.role()).isEqualTo(LeadershipRole.CONTACT_PERSON);
            assertThat(handover.reason()).isEqualTo("Zwangerschapsverlof");
        });
    }

    @Test
    void theCoordinatorSetsTheResponseTimeWithinItsRange() throws Exception {
        String coordinator = token("coordinator");
        String id = ApiCalls.startTrajectory(port, coordinator, "Termijn", "Dalfsen");
        String path = "/api/v1/trajectories/" + id + "/response-time";

        HttpResponse<String> changed = call("PUT", path, "{\"responseDays\": 21}", coordinator);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(JSON.readTree(changed.body()).get("responseDays").asInt()).isEqualTo(21);
        assertThat(call("PUT", path, "{\"responseDays\": 0}", coordinator).statusCode()).isEqualTo(400);
        assertThat(call("PUT", path, "{\"responseDays\": 7}", token("professional")).statusCode()).isEqualTo(403);
        assertThat(call("PUT", path, "{\"responseDays\": 7}", token("professional2")).statusCode()).isEqualTo(404);
        assertThat(trajectories.get(TrajectoryId.of(id)).responseTime().days()).isEqualTo(21);
    }

    private String token(String user) {
        return LinkedAccounts.token(user, people, organisations, jwt);
    }

    private HttpResponse<String> call(String method, String path, String json, String token) {
        return ApiCalls.call(port, method, path, json, token);
    }
}
