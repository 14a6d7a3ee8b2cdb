package nl.participationsuite.web.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.testsupport.ApiCalls;
import nl.participationsuite.testsupport.HttpBrowser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.TestPropertySource;

/**
 * The application with the actuator on a management port of its own, as in production: Prometheus
 * scrapes the product's and the engine's meters there, while the application's port serves no
 * metrics to anyone. Figures are read fresh on every scrape here (no cache).
 */
@WebIntegrationTest
@AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = { "management.server.port=0", "participation.metrics.cache-ttl=PT0S" })
class MetricsIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final String KIND = "kind=\"" + Activities.RESPOND_TO_INPUT + "\"";

    @LocalServerPort
    int port;

    @Value("${local.management.port}")
    int managementPort;

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
    InputWorkflow inputs;

    @Test
    void prometheusFindsTheProductsMetersAndTheyMoveWhenATaskIsCompleted() throws Exception {
        String respondTask = inputToAnswer();
        PrometheusScrape before = scrape();
        assertThat(before.valueOf("participation_tasks_open", KIND)).isGreaterThanOrEqualTo(1);
        double completedBefore = before.valueOf("participation_tasks_completed_total", KIND);

        HttpResponse<String> completed = ApiCalls.call(port, "POST", "/api/v1/tasks/" + respondTask + "/complete",
                "{\"status\": \"ADOPTED\", \"feedback\": \"Komt op de agenda.\", \"passedOn\": \"PHONE\"}",
                LinkedAccounts.token("coordinator", people, organisations, jwt));
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);

        PrometheusScrape after = scrape();
        assertThat(after.valueOf("participation_tasks_completed_total", KIND)).isEqualTo(completedBefore + 1);
        assertThat(after.valueOf("participation_tasks_open", KIND))
                .isEqualTo(before.valueOf("participation_tasks_open", KIND) - 1);
        assertThat(after.valueOf("participation_trajectories", "phase=\"early_involvement\"")).isGreaterThanOrEqualTo(1);
        assertThat(after.valueOf("participation_trajectories", "phase=\"closed\"")).isGreaterThanOrEqualTo(0);
        assertThat(after.valueOf("participation_inputs_overdue")).isGreaterThanOrEqualTo(0);
        assertThat(after.valueOf("participation_notifications_total", "outcome=\"sent\"")).isGreaterThanOrEqualTo(0);
        assertThat(after.valueOf("participation_notifications_total", "outcome=\"failed\"")).isGreaterThanOrEqualTo(0);
        assertThat(after.text()).doesNotContain("Komt op de agenda").doesNotContain("Joost");
    }

    @Test
    void prometheusFindsTheEnginesMeters() throws Exception {
        // The job executor looks for jobs as soon as the node runs.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                scrape().valueOf("participation_engine_job_acquisition_attempts_total")).isGreaterThan(0));
        PrometheusScrape scrape = scrape();
        for (String result : List.of("succeeded", "failed", "rejected")) {
            assertThat(scrape.valueOf("participation_engine_job_executions_total", "result=\"" + result + "\""))
                    .isGreaterThanOrEqualTo(0);
        }
        assertThat(scrape.valueOf("participation_engine_job_acquisitions_total", "result=\"acquired\""))
                .isGreaterThanOrEqualTo(0);
        assertThat(scrape.valueOf("participation_engine_jobs_failed")).isGreaterThanOrEqualTo(0);
        assertThat(scrape.valueOf("participation_engine_incidents_open")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theApplicationsPortServesNoMetricsEvenToAnAdministrator() throws Exception {
        HttpBrowser admin = new HttpBrowser(port);
        admin.logIn("admin");

        assertThat(admin.get("/actuator/prometheus").statusCode()).isEqualTo(404);
        assertThat(admin.get("/actuator/health").statusCode()).isEqualTo(404);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/readyz")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    /** A trajectory of the coordinator with one resident input to answer; answers the task's id. */
    private String inputToAnswer() {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Trajectory trajectory = workflow.start(new StartTrajectory("Gezond ouder worden", "Bewegen", "Dalfsen",
                TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.CONSULTATION, coordinator.organisationId(),
                coordinator.id(), coordinator.id(), null, null));
        Person resident = people.save(Person.resident("Joost Metriek", null, null, null));
        ParticipantId takesPart = trajectories.addParticipant(trajectory.id(), resident.id()).id();
        inputs.receive(new ReceiveInput(trajectory.id(), takesPart, coordinator.id(), InputChannel.PHONE, "Bewegen",
                "Een wandelgroep op dinsdag.", null));
        List<WorkflowTask> respond = workflow.tasks(TaskSearch.of(coordinator.id()).in(trajectory.id())
                .ofKind(Activities.RESPOND_TO_INPUT));
        assertThat(respond).hasSize(1);
        return respond.get(0).id();
    }

    private PrometheusScrape scrape() throws Exception {
        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");
        assertThat(scrape.statusCode()).as(scrape.body()).isEqualTo(200);
        return new PrometheusScrape(scrape.body());
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
