package nl.participationsuite.web.api.seats;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.seats.Background;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.ApiCalls;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory.Member;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory.Setup;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.seats.SeatAcceptanceOutcome;
import nl.participationsuite.workflow.seats.SeatCompositionOutcome;
import nl.participationsuite.workflow.tasks.TaskOutcome;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The decision-rounds API with real Keycloak tokens, on a trajectory whose steering group took its
 * seats through the workflow: the coordinator opens a round, every seat holder gets a vote task,
 * the round is listed and read; a deadline in the past is refused, a colleague who sees the
 * trajectory without working on it gets 403, a professional of another organisation 404.
 */
@WebIntegrationTest
class DecisionRoundApiIntegrationTests {

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
    TrajectoryWorkflow workflow;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    InvolvementService involvement;

    @Autowired
    DecisionRoundService rounds;

    @Autowired
    Clock clock;

    @Test
    void theCoordinatorOpensARoundThatIsListedAndReadAndOthersAreRefused() throws Exception {
        String coordinator = token("coordinator");
        Setup setup = workingTogether(LinkedAccounts.person("coordinator", people, organisations, jwt));
        String path = "/api/v1/trajectories/" + setup.id() + "/decision-rounds";
        String deadline = clock.instant().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS).toString();

        HttpResponse<String> opened = call("POST", path, round("Plek van de bijeenkomsten", deadline), coordinator);

        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode round = JSON.readTree(opened.body());
        String roundId = round.get("id").asText();
        assertThat(opened.headers().firstValue("Location")).hasValue(path + "/" + roundId);
        assertThat(round.get("deadline").asText()).isEqualTo(deadline);
        assertThat(round.get("closedAt").isNull()).isTrue();
        // Every seat holder is asked to vote.
        for (Member holder : List.of(setup.residents().get(0), setup.residents().get(1), setup.coordinator())) {
            assertThat(SteeringGroupTrajectory.tasks(workflow, setup, holder, Activities.CAST_VOTE)).hasSize(1);
        }

        HttpResponse<String> read = call("GET", path + "/" + roundId, null, coordinator);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).get("proposal").asText()).isEqualTo("Voortaan in het dorpshuis.");
        assertThat(JSON.readTree(read.body()).get("votesFor").asInt()).isZero();
        String colleague = token("professional");
        JsonNode list = JSON.readTree(call("GET", path, null, colleague).body());
        assertThat(list.at("/page/totalElements").asInt()).isEqualTo(1);
        assertThat(list.at("/content/0/id").asText()).isEqualTo(roundId);
        assertThat(list.at("/content/0").has("votes")).isFalse();

        TrajectoryId other = TrajectoryId.of(ApiCalls.startTrajectory(port, coordinator, "Andere stuurgroep", "Lemelerveld"));
        assertThat(call("GET", "/api/v1/trajectories/" + other + "/decision-rounds/" + roundId, null, coordinator)
                .statusCode()).isEqualTo(404);
        assertThat(rounds.rounds(setup.id())).hasSize(1);
    }

    @Test
    void refusesADeadlineInThePastAndCallersWhoDoNotWorkOnTheTrajectoryAndOpensNothing() throws Exception {
        String coordinator = token("coordinator");
        Setup setup = workingTogether(LinkedAccounts.person("coordinator", people, organisations, jwt));
        String path = "/api/v1/trajectories/" + setup.id() + "/decision-rounds";
        String future = clock.instant().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS).toString();

        HttpResponse<String> past = call("POST", path,
                round("Te laat", clock.instant().minus(Duration.ofHours(1)).toString()), coordinator);
        assertThat(past.statusCode()).as(past.body()).isEqualTo(400);
        assertThat(past.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(past.body()).at("/errors/0/field").asText()).isEqualTo("deadline");
        assertThat(JSON.readTree(past.body()).at("/errors/0/code").asText()).isEqualTo("rounds.deadline-not-in-future");

        HttpResponse<String> incomplete = call("POST", path, "{\"title\": \"Zonder voorstel\"}", coordinator);
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(incomplete.body()).get("errors").findValuesAsText("field")).contains("proposal", "deadline");

        HttpResponse<String> colleague = call("POST", path, round("Van een collega", future), token("professional"));
        assertThat(colleague.statusCode()).as(colleague.body()).isEqualTo(403);
        assertThat(JSON.readTree(colleague.body()).get("code").asText()).isEqualTo("trajectory.not-working-on-it");

        String outsider = token("professional2");
        assertThat(call("POST", path, round("Van buiten", future), outsider).statusCode()).isEqualTo(404);
        assertThat(call("GET", path, null, outsider).statusCode()).isEqualTo(404);

        assertThat(rounds.rounds(setup.id())).isEmpty();
        assertThat(JSON.readTree(call("GET", path, null, coordinator).body()).at("/page/totalElements").asInt()).isZero();
    }

    @Test
    void documentsTheRoundsInTheOpenApiDocument() throws Exception {
        JsonNode api = JSON.readTree(call("GET", "/v3/api-docs", null, null).body());

        JsonNode rounds = api.at("/paths/~1api~1v1~1trajectories~1{trajectoryId}~1decision-rounds");
        assertThat(rounds.has("get")).isTrue();
        assertThat(rounds.has("post")).isTrue();
        assertThat(api.at("/paths").has("/api/v1/trajectories/{trajectoryId}/decision-rounds/{roundId}")).isTrue();
    }

    /**
     * A steering group of two residents (Anna and Bram) and the coordinator, the residents' seats
     * accepted: the trajectory works together.
     */
    private Setup workingTogether(Person coordinator) {
        Setup setup = SteeringGroupTrajectory.atComposeSteeringGroup(coordinator, workflow, trajectories, people,
                involvement);
        Member anna = setup.residents().get(0);
        Member bram = setup.residents().get(1);
        LocalDate from = LocalDate.now(clock);
        complete(setup, setup.coordinator(), Activities.COMPOSE_STEERING_GROUP, new SeatCompositionOutcome(List.of(
                new SeatAssignment(anna.participant(), from, from.plusYears(2), Set.of(Background.LOW_INCOME)),
                new SeatAssignment(bram.participant(), from, from.plusYears(2), Set.of(Background.YOUTH)),
                new SeatAssignment(setup.coordinator().participant(), from, from.plusYears(2), Set.of())), null));
        for (Member resident : List.of(anna, bram)) {
            complete(setup, resident, Activities.ACCEPT_SEAT,
                    new SeatAcceptanceOutcome(SeatAcceptanceOutcome.Answer.ACCEPT, null));
        }
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.WORKING_TOGETHER);
        return setup;
    }

    private void complete(Setup setup, Member member, String definitionKey, TaskOutcome outcome) {
        workflow.complete(SteeringGroupTrajectory.tasks(workflow, setup, member, definitionKey).get(0).id(),
                member.person(), outcome);
    }

    private static String round(String title, String deadline) {
        return """
                {"title": "%s", "proposal": "Voortaan in het dorpshuis.", "deadline": "%s"}""".formatted(title, deadline);
    }

    private String token(String user) {
        return LinkedAccounts.token(user, people, organisations, jwt);
    }

    private HttpResponse<String> call(String method, String path, String json, String token) {
        return ApiCalls.call(port, method, path, json, token);
    }
}
