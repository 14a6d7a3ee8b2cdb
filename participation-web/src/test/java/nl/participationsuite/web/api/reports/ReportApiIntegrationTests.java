package nl.participationsuite.web.api.reports;

import nl.participationsuite.web.reports.ReportsTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.trajectory.PhaseTransition;
import nl.participationsuite.domain.trajectory.Trajectories;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.ApiCalls;
import nl.participationsuite.testsupport.KeycloakTestServerInitializer;
import nl.participationsuite.testsupport.KeycloakTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The report API with real Keycloak tokens over the demo data, whose trajectories were played through
 * the real process: the figures are the trajectory's own, a manager sees their organisations only (404
 * for any other trajectory), bad filters answer 400 naming the parameter, and no resident's name or
 * e-mail address appears in any answer. The demo runs in a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "participation.demo-data.enabled=true")
@ContextConfiguration(initializers = { ReportsTestDatabase.class, KeycloakTestServerInitializer.class })
class ReportApiIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String GROWING = "Samen gezond in Dalfsen";

    private static final String LOW_INCOMES = "Meedoen met een krappe beurs";

    @LocalServerPort
    int port;

    @Autowired
    Trajectories trajectories;

    @Autowired
    TrajectoryService trajectoryService;

    @Autowired
    InputService inputs;

    @Autowired
    SteeringGroupService steeringGroups;

    @Autowired
    SuccessService successes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTrajectoryReportHasTheFiguresOfTheTrajectoryPlayedThroughTheProcess() throws Exception {
        Trajectory growing = demo(GROWING);

        HttpResponse<String> answer = get("/api/v1/reports/trajectories/" + growing.id(), "manager");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(answer.body());
        assertThat(report.at("/heading/reference").asText()).isEqualTo(growing.reference());
        assertThat(report.at("/heading/phase").asText()).isEqualTo(growing.phase().name());
        assertThat(measure(report, "SKEWED_POWER_RELATIONS_ADDRESSED", "input.received"))
                .isEqualTo(inputs.ofTrajectory(growing.id()).size());
        assertThat(measure(report, "BIGGER_ROLE_IN_DECISION_MAKING", "seats.residentSeats"))
                .isEqualTo(steeringGroups.verdict(growing.id()).residentSeats());
        assertThat(measure(report, "BIGGER_ROLE_IN_DECISION_MAKING", "seats.totalSeats"))
                .isEqualTo(steeringGroups.verdict(growing.id()).totalSeats());
        assertThat(measure(report, "VISIBLE_QUICK_SUCCESSES", "successes.registered"))
                .isEqualTo(successes.successes(growing.id()).size());
        List<String> phases = new ArrayList<>();
        report.at("/leadTimes/spans").forEach(span -> phases.add(span.path("phase").asText()));
        assertThat(phases).isEqualTo(trajectoryService.phaseTransitions(growing.id()).stream()
                .map(PhaseTransition::phase).map(Enum::name).toList());
        assertThat(report.at("/scorecard/conditions")).hasSize(10);
    }

    @Test
    void aManagerSeesTheTrajectoriesOfTheirOrganisationsOnly() throws Exception {
        Trajectory ggdTrajectory = demo(LOW_INCOMES);
        assertThat(organisationName(ggdTrajectory)).isEqualTo("GGD IJsselland");

        JsonNode dalfsen = JSON.readTree(get("/api/v1/reports/portfolio", "manager").body());
        JsonNode both = JSON.readTree(get("/api/v1/reports/portfolio", "manager2").body());

        assertThat(dalfsen.at("/trajectories").asInt()).isEqualTo(2);
        assertThat(dalfsen.at("/byOrganisation")).hasSize(1);
        assertThat(both.at("/trajectories").asInt()).isEqualTo(3);
        assertThat(both.at("/byOrganisation")).hasSize(2);
        assertThat(both.at("/content")).hasSize(3);
        assertThat(both.at("/page/totalElements").asInt()).isEqualTo(3);
        assertThat(both.at("/scorecard/conditions")).hasSize(10);

        HttpResponse<String> outside = get("/api/v1/reports/trajectories/" + ggdTrajectory.id(), "manager");
        assertThat(outside.statusCode()).isEqualTo(404);
        assertThat(outside.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(get("/api/v1/reports/trajectories/" + ggdTrajectory.id(), "manager2").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/reports/trajectories/" + java.util.UUID.randomUUID(), "manager2").statusCode())
                .isEqualTo(404);
    }

    @Test
    void filtersNarrowThePortfolioAndBadValuesNameTheParameter() throws Exception {
        String ggd = jdbc.queryForObject("select id::text from organisation where name = 'GGD IJsselland'", String.class);
        JsonNode onlyGgd = JSON.readTree(get("/api/v1/reports/portfolio?organisation=" + ggd, "manager2").body());
        assertThat(onlyGgd.at("/trajectories").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(get("/api/v1/reports/portfolio?status=closed", "manager2").body())
                .at("/trajectories").asInt()).isZero();

        assertBadParameter(get("/api/v1/reports/portfolio?from=31-01-2026", "manager2"), "from");
        assertBadParameter(get("/api/v1/reports/portfolio?phase=FINISHED", "manager2"), "phase");
        assertBadParameter(get("/api/v1/reports/portfolio?from=2026-02-01&to=2026-01-01", "manager2"), "to");
        assertBadParameter(get("/api/v1/reports/portfolio?organisation=" + ggd, "manager"), "organisation");
    }

    @Test
    void onlyManagersReadReports() {
        assertThat(get("/api/v1/reports/portfolio", "professional").statusCode()).isEqualTo(403);
        assertThat(ApiCalls.call(port, "GET", "/api/v1/reports/portfolio", null, null).statusCode()).isEqualTo(401);
        assertThat(ApiCalls.call(port, "POST", "/api/v1/reports/portfolio", "{}", KeycloakTokens.accessToken("manager"))
                .statusCode()).isEqualTo(405);
    }

    @Test
    void noAnswerNamesAResidentOrTheirEmailAddress() {
        StringBuilder answers = new StringBuilder(get("/api/v1/reports/portfolio?size=100", "manager2").body());
        for (Trajectory trajectory : trajectories.findAll()) {
            HttpResponse<String> report = get("/api/v1/reports/trajectories/" + trajectory.id(), "manager2");
            assertThat(report.statusCode()).isEqualTo(200);
            answers.append(report.body());
        }
        List<Map<String, Object>> residents = jdbc.queryForList("select display_name, email from person where kind = 'RESIDENT'");
        assertThat(residents).hasSizeGreaterThanOrEqualTo(6);
        for (Map<String, Object> resident : residents) {
            assertThat(answers).doesNotContain((String) resident.get("display_name"));
            if (resident.get("email") != null) {
                assertThat(answers).doesNotContain((String) resident.get("email"));
            }
        }
    }

    @Test
    void theReportsAreInTheOpenApiDocument() {
        String document = ApiCalls.call(port, "GET", "/v3/api-docs", null, null).body();
        assertThat(document).contains("/api/v1/reports/portfolio", "/api/v1/reports/trajectories/{trajectoryId}");
    }

    private static void assertBadParameter(HttpResponse<String> answer, String parameter) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo(parameter);
        assertThat(problem.at("/errors/0/message").asText()).isNotBlank();
    }

    private static int measure(JsonNode report, String condition, String name) {
        for (JsonNode result : report.at("/scorecard/conditions")) {
            if (result.path("condition").asText().equals(condition)) {
                for (JsonNode measure : result.path("measures")) {
                    if (measure.path("name").asText().equals(name)) {
                        return measure.path("value").asInt();
                    }
                }
            }
        }
        throw new AssertionError("no measure " + name + " of " + condition);
    }

    private HttpResponse<String> get(String path, String user) {
        return ApiCalls.call(port, "GET", path, null, KeycloakTokens.accessToken(user));
    }

    private Trajectory demo(String title) {
        return trajectories.findAll().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    private String organisationName(Trajectory trajectory) {
        return jdbc.queryForObject("select name from organisation where id = ?", String.class,
                trajectory.organisationId().value());
    }
}
