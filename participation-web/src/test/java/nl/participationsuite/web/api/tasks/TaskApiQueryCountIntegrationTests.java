package nl.participationsuite.web.api.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.testsupport.CountedCalls;
import nl.participationsuite.testsupport.CountedCalls.Counted;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.StatementCounting;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The task API costs the same number of SQL statements whatever the number of trajectories and
 * tasks of the caller: the list is paged in the database and the completion checks the task once.
 * Counted on the real PostgreSQL, statements of JPA and of the process engine alike.
 */
@WebIntegrationTest
@Import(StatementCounting.class)
class TaskApiQueryCountIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Trajectories added between the two measurements. */
    private static final int MORE = 28;

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

    @Test
    void listingAndCompletingTasksCostsTheSameWithTwoAndWithThirtyTrajectories() throws Exception {
        String token = LinkedAccounts.token("coordinator", people, organisations, jwt);
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        CountedCalls calls = new CountedCalls(port);
        Trajectory warmUp = start(coordinator, "Opwarmen");
        Trajectory first = start(coordinator, "Eerste traject");
        complete(calls, token, warmUp);
        calls.api("GET", "/api/v1/tasks", null, token);

        Counted listFew = calls.api("GET", "/api/v1/tasks", null, token);
        Counted openFew = calls.api("GET", "/api/v1/tasks?scope=open&size=1&page=1", null, token);
        Counted completeFew = complete(calls, token, first);

        Trajectory last = null;
        for (int i = 0; i < MORE; i++) {
            last = start(coordinator, "Traject " + i);
        }
        Counted listMany = calls.api("GET", "/api/v1/tasks", null, token);
        Counted openMany = calls.api("GET", "/api/v1/tasks?scope=open&size=1&page=1", null, token);
        Counted completeMany = complete(calls, token, last);

        long totalFew = JSON.readTree(listFew.response().body()).at("/page/totalElements").asLong();
        long totalMany = JSON.readTree(listMany.response().body()).at("/page/totalElements").asLong();
        System.out.printf("SQL statements per request, %d vs %d tasks of the coordinator:%n", totalFew, totalMany);
        System.out.printf("  GET  /api/v1/tasks                 %3d vs %3d%n", listFew.count(), listMany.count());
        System.out.printf("  GET  /api/v1/tasks?scope=open&...  %3d vs %3d%n", openFew.count(), openMany.count());
        System.out.printf("  POST /api/v1/tasks/{id}/complete   %3d vs %3d%n", completeFew.count(), completeMany.count());

        assertThat(totalMany).isGreaterThanOrEqualTo(totalFew + MORE - 1);
        assertThat(JSON.readTree(listMany.response().body()).at("/content").size()).isEqualTo(20);
        assertThat(listMany.count()).as(listMany.listing()).isEqualTo(listFew.count());
        assertThat(openMany.count()).as(openMany.listing()).isEqualTo(openFew.count());
        assertThat(completeMany.count()).as(completeMany.listing()).isEqualTo(completeFew.count());
    }

    private Trajectory start(Person coordinator, String title) {
        return workflow.start(new StartTrajectory(title, "Meer bewegen", "Nieuwleusen", TrajectoryKind.ORGANISATION_PROJECT,
                ParticipationLevel.CONSULTATION, coordinator.organisationId(), coordinator.id(), coordinator.id(), null, null));
    }

    /** Completes the trajectory's recruitment task through the API (too few residents yet: the gate asks again). */
    private Counted complete(CountedCalls calls, String token, Trajectory trajectory) throws Exception {
        JsonNode tasks = JSON.readTree(calls.api("GET", "/api/v1/tasks?trajectoryId=" + trajectory.id(), null, token)
                .response().body()).at("/content");
        assertThat(tasks.size()).as(tasks.toString()).isEqualTo(1);
        Counted completed = calls.api("POST", "/api/v1/tasks/" + tasks.get(0).get("id").asText() + "/complete", "{}", token);
        assertThat(completed.response().statusCode()).as(completed.response().body()).isEqualTo(204);
        return completed;
    }
}
