package nl.participationsuite.web.api.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.ApiCalls;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The tasks API under people acting at the same moment, with real Keycloak tokens on the real
 * PostgreSQL: the same task completed twenty times at once is done once and refused nineteen times
 * with a problem that says so; a claim race has one winner; never a 500.
 */
@WebIntegrationTest
class SimultaneousApiCallsIntegrationTests {

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
    InputWorkflow inputWorkflow;

    @Autowired
    InputService inputs;

    @Test
    void twentySimultaneousCompletionsOfOneTaskGiveOneSuccessAndNineteenConflicts() throws Exception {
        String coordinatorToken = token("coordinator");
        String professionalToken = token("professional");
        WorkingTrajectory trajectory = inputToAnswer();

        List<HttpResponse<String>> answers = atOnce(20, i -> () -> call("POST",
                "/api/v1/tasks/" + trajectory.respondTask() + "/complete",
                "{\"status\": \"ADOPTED\", \"feedback\": \"Antwoord " + i + "\", \"passedOn\": \"PHONE\"}",
                i % 2 == 0 ? coordinatorToken : professionalToken));

        assertThat(answers).extracting(HttpResponse::statusCode).as(bodies(answers)).containsOnly(204, 409);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 204).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 409).hasSize(19).allSatisfy(conflict -> {
            assertThat(conflict.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(conflict.body()).get("status").asInt()).isEqualTo(409);
            assertThat(JSON.readTree(conflict.body()).get("reason").asText())
                    .isIn("COMPLETED_BY_YOU", "COMPLETED_BY_SOMEONE_ELSE");
        });
        assertThat(inputs.get(trajectory.input().id()).isAnswered()).isTrue();
    }

    @Test
    void aClaimRaceHasOneWinnerAndTheOthersGetAConflict() throws Exception {
        List<String> tokens = List.of(token("coordinator"), token("professional"), token("professional2"));
        WorkingTrajectory trajectory = inputToAnswer();

        List<HttpResponse<String>> claims = atOnce(tokens.size() * 3, i -> () -> call("POST",
                "/api/v1/tasks/" + trajectory.respondTask() + "/claim", null, tokens.get(i % tokens.size())));

        assertThat(claims).extracting(HttpResponse::statusCode).as(bodies(claims)).containsOnly(204, 409);
        List<String> winners = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).statusCode() == 204 && !winners.contains(tokens.get(i % tokens.size()))) {
                winners.add(tokens.get(i % tokens.size()));
            }
        }
        assertThat(winners).as("one person holds the task").hasSize(1);
        String holder = linkedName(winners.get(0), tokens);
        assertThat(claims).filteredOn(claim -> claim.statusCode() == 409).isNotEmpty().allSatisfy(conflict -> {
            assertThat(conflict.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(conflict.body());
            assertThat(problem.get("reason").asText()).isEqualTo("CLAIMED_BY_COLLEAGUE");
            assertThat(problem.get("holder").asText()).isEqualTo(holder);
            assertThat(problem.get("detail").asText()).startsWith(holder + " werkt aan deze taak.");
        });
        JsonNode task = JSON.readTree(call("GET", "/api/v1/tasks/" + trajectory.respondTask(), null, winners.get(0)).body());
        assertThat(task.get("assignee").isNull()).isFalse();
    }

    /** A trajectory of the coordinator with professional and professional2, and one resident input to answer. */
    private WorkingTrajectory inputToAnswer() {
        Person coordinator = linked("coordinator");
        Trajectory trajectory = workflow.start(new StartTrajectory("Samen sterker in de wijk", "Eenzaamheid",
                "Dalfsen", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION,
                coordinator.organisationId(), coordinator.id(), coordinator.id(), null, null));
        trajectories.addParticipant(trajectory.id(), linked("professional").id());
        trajectories.addParticipant(trajectory.id(), linked("professional2").id());
        Person resident = people.save(Person.resident("Joost Bakker", null, null, null));
        ParticipantId takesPart = trajectories.addParticipant(trajectory.id(), resident.id()).id();
        ResidentInput input = inputWorkflow.receive(new ReceiveInput(trajectory.id(), takesPart, coordinator.id(),
                InputChannel.PHONE, "Ontmoeten", "Een koffieochtend in het dorpshuis zou helpen.", null));
        List<WorkflowTask> respond = workflow.tasks(TaskSearch.of(coordinator.id()).in(trajectory.id())
                .ofKind(Activities.RESPOND_TO_INPUT));
        assertThat(respond).hasSize(1);
        return new WorkingTrajectory(input, respond.get(0).id());
    }

    private record WorkingTrajectory(ResidentInput input, String respondTask) {
    }

    private static <T> List<T> atOnce(int count, java.util.function.IntFunction<Callable<T>> action) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        CyclicBarrier start = new CyclicBarrier(count);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<T> work = action.apply(i);
                futures.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return work.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        }
        finally {
            threads.shutdownNow();
        }
    }

    private static String bodies(List<HttpResponse<String>> responses) {
        return responses.stream().map(response -> response.statusCode() + " " + response.body()).toList().toString();
    }

    /** The display name of the person linked to the demo user whose token this is. */
    private String linkedName(String token, List<String> tokens) {
        String user = List.of("coordinator", "professional", "professional2").get(tokens.indexOf(token));
        return linked(user).displayName();
    }

    private String token(String user) {
        return LinkedAccounts.token(user, people, organisations, jwt);
    }

    private Person linked(String user) {
        return LinkedAccounts.person(user, people, organisations, jwt);
    }

    private HttpResponse<String> call(String method, String path, String json, String token) {
        return ApiCalls.call(port, method, path, json, token);
    }
}
