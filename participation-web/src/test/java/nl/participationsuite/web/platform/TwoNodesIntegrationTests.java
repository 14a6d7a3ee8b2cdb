package nl.participationsuite.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.testsupport.ApiCalls;
import nl.participationsuite.testsupport.ApplicationNode;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.KeycloakAdmin;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.LocalPorts;
import nl.participationsuite.testsupport.RoundRobinProxy;
import nl.participationsuite.testsupport.RoundRobinProxy.Served;
import nl.participationsuite.testsupport.WebIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Two application nodes on one database, as production runs them: the repackaged jar started
 * twice with {@code java -jar}, behind a {@link RoundRobinProxy} without session affinity, so a
 * browser's next request always goes to the other node. A login through Keycloak's form, a form
 * post, flash notices, a task completed on both nodes at once, and logouts at Keycloak and in the
 * application must all hold as on one node; timers made due fire once, and a node killed
 * ({@code kill -9}) in the middle of a job leaves it to the other node, which runs it once after the
 * lock time. The last test kills a node: it runs last.
 *
 * <p>This class's own application context (the shared one of the integration tests) prepares the
 * schema and links the demo accounts to people; the nodes do the rest. Its job executor is paused
 * meanwhile, so that only the nodes run jobs. Run it alone with
 * {@code ./mvnw verify -pl participation-web -am -Dit.test=TwoNodesIntegrationTests -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIntegrationTests {

    private static final String WEB_CLIENT = "participation-web";

    private static final String BACKCHANNEL_URL = "backchannel.logout.url";

    private static final String BACKCHANNEL_PATH = "/logout/connect/back-channel/keycloak";

    private static final Duration LOGOUT_WITHIN = Duration.ofSeconds(10);

    private static final Duration JOB_LOCK_TIME = Duration.ofSeconds(15);

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private final List<ApplicationNode> nodes = new ArrayList<>();

    private RoundRobinProxy proxy;

    private Browser browser;

    private String configuredBackChannelUrl;

    @BeforeAll
    void startTwoNodesBehindARoundRobinProxy() {
        for (String user : List.of("coordinator", "professional")) {
            LinkedAccounts.token(user, people, organisations, jwt);
        }
        int proxyPort = LocalPorts.free();
        Map<String, String> environment = Map.of(
                // behind a proxy: the address the browser used comes from the X-Forwarded-* headers
                "PARTICIPATION_FORWARD_HEADERS", "native",
                "PARTICIPATION_BASE_URL", "http://localhost:" + proxyPort,
                // a killed node's jobs wait this long for another node; idle nodes look for due jobs often
                "PARTICIPATION_JOB_LOCK_TIME_MS", String.valueOf(JOB_LOCK_TIME.toMillis()),
                "PARTICIPATION_JOB_WAIT_TIME_MS", "500",
                "PARTICIPATION_JOB_MAX_WAIT_MS", "2000");
        // only the nodes run jobs, not this test's own application context on the same database
        jobExecutor().shutdown();
        // both start at the same moment, as after a deployment
        nodes.add(ApplicationNode.start("node-a", environment));
        nodes.add(ApplicationNode.start("node-b", environment));
        proxy = RoundRobinProxy.start(proxyPort, nodes.stream().map(ApplicationNode::port).toList());

        KeycloakAdmin keycloak = KeycloakAdmin.logIn();
        // Earlier tests leave the coordinator's Keycloak sessions behind; a sign-out would send a
        // logout token for each, one after the other: start from none.
        keycloak.sessions("coordinator").forEach(session -> keycloak.endSession(String.valueOf(session.get("id"))));
        Map<String, Object> client = keycloak.client(WEB_CLIENT);
        configuredBackChannelUrl = (String) attributes(client).get(BACKCHANNEL_URL);
        attributes(client).put(BACKCHANNEL_URL, "http://127.0.0.1:" + proxyPort + BACKCHANNEL_PATH);
        keycloak.updateClient(client);

        nodes.forEach(ApplicationNode::awaitReady);
        browser = Browser.open();
    }

    @AfterAll
    void stopTheNodes() {
        if (browser != null) {
            browser.close();
        }
        if (configuredBackChannelUrl != null) {
            KeycloakAdmin keycloak = KeycloakAdmin.logIn();
            Map<String, Object> client = keycloak.client(WEB_CLIENT);
            attributes(client).put(BACKCHANNEL_URL, configuredBackChannelUrl);
            keycloak.updateClient(client);
        }
        if (proxy != null) {
            proxy.close();
        }
        nodes.forEach(node -> node.process().destroy());
        nodes.forEach(ApplicationNode::close);
        if (!jobExecutor().isActive()) {
            jobExecutor().start();
        }
    }

    @Test
    @Order(1)
    void aBrowserLoginThroughKeycloakHoldsWhileEveryRequestGoesToTheOtherNode() throws Exception {
        proxy.clear();

        browser.go(proxy.url("/oauth2/authorization/keycloak"));
        browser.logInAtKeycloak("coordinator");

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(proxy.url("/"));
        assertThat(browser.text()).contains("Welkom, Marieke de Vries");
        Served authorization = last("GET", "/oauth2/authorization/keycloak");
        Served callback = last("GET", "/login/oauth2/code/keycloak");
        Served home = last("GET", "/");
        assertThat(callback.node()).as("the callback, checked against the authorization request the other node saved")
                .isNotEqualTo(authorization.node());
        assertThat(home.node()).as("the first page, signed in by the other node").isNotEqualTo(callback.node());

        for (int visit = 0; visit < 4; visit++) {
            browser.go(proxy.url("/werkruimte"));
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(proxy.url("/werkruimte"));
        }
        assertThat(proxy.served().stream().filter(served -> served.path().equals("/werkruimte")).map(Served::node).distinct())
                .as("nodes that served the workspace").containsExactlyInAnyOrder(0, 1);
        for (ApplicationNode node : nodes) {
            assertThat(getWithSession(node, "/werkruimte").statusCode()).as("the session on " + node.name()).isEqualTo(200);
        }
    }

    @Test
    @Order(2)
    void aFormServedByOneNodeIsAcceptedByTheOtherAndItsNoticeShownByTheFirst() {
        browser.go(proxy.url("/werkruimte/trajecten/nieuw"));
        browser.driver().findElement(By.id("title")).sendKeys("Samen aan tafel in Lemelerveld");
        browser.driver().findElement(By.id("topic")).sendKeys("Eenzaamheid");
        browser.driver().findElement(By.id("area")).sendKeys("Lemelerveld");
        browser.driver().findElement(By.id("kind")).click();
        browser.driver().findElement(By.id("intendedLevel")).click();
        browser.clickAndWait(By.cssSelector("main form.form button[type=submit]"));

        assertThat(browser.text()).contains("Het traject is gestart.");
        Served form = last("GET", "/werkruimte/trajecten/nieuw");
        Served post = last("POST", "/werkruimte/trajecten/nieuw");
        List<Served> served = proxy.served();
        Served next = served.get(served.lastIndexOf(post) + 1);
        assertThat(post.node()).as("the post, with the CSRF token of the form the other node served")
                .isNotEqualTo(form.node());
        assertThat(next.path()).startsWith("/werkruimte?");
        assertThat(next.node()).as("the page after, with the notice the other node left").isNotEqualTo(post.node());
    }

    @Test
    @Order(3)
    void aTaskCompletedOnBothNodesAtTheSameMomentSucceedsOnceAndTheOtherGets409() throws Exception {
        String coordinator = LinkedAccounts.token("coordinator", people, organisations, jwt);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String trajectoryId = ApiCalls.startTrajectory(nodes.get(0).port(), coordinator,
                        "Buurtkracht ronde " + round, "Heino");
                String taskId = recruitmentTask(coordinator, trajectoryId).get("id").asText();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> answers = new ArrayList<>();
                for (ApplicationNode node : nodes) {
                    Callable<Integer> complete = () -> {
                        together.await();
                        return ApiCalls.call(node.port(), "POST", "/api/v1/tasks/" + taskId + "/complete", "{}", coordinator)
                                .statusCode();
                    };
                    answers.add(callers.submit(complete));
                }

                assertThat(List.of(answers.get(0).get(), answers.get(1).get())).as("round " + round)
                        .containsExactlyInAnyOrder(204, 409);
                // the gate holds (too few residents) and asks again: exactly one new task, not two
                assertThat(recruitmentTask(coordinator, trajectoryId).get("id").asText()).isNotEqualTo(taskId);
            }
        }
        finally {
            callers.shutdownNow();
        }
    }

    @Test
    @Order(4)
    void anAdministratorSigningTheUserOutAtKeycloakEndsTheSessionOnBothNodes() throws Exception {
        for (ApplicationNode node : nodes) {
            assertThat(getWithSession(node, "/werkruimte").statusCode()).as("signed in on " + node.name()).isEqualTo(200);
        }
        proxy.clear();

        KeycloakAdmin.logIn().signOut("coordinator");

        assertSessionEndsOnEveryNode();
        assertThat(proxy.served().stream().filter(served -> served.path().equals(BACKCHANNEL_PATH)))
                .as("Keycloak's logout token, through the proxy to one node only").hasSize(1);
    }

    @Test
    @Order(5)
    void loggingOutInTheApplicationEndsTheSessionOnBothNodes() throws Exception {
        browser.go(proxy.url("/oauth2/authorization/keycloak"));
        browser.logInAtKeycloak("coordinator");
        for (ApplicationNode node : nodes) {
            assertThat(getWithSession(node, "/werkruimte").statusCode()).as("signed in on " + node.name()).isEqualTo(200);
        }
        String session = sessionCookie().getValue();

        browser.clickAndWait(By.cssSelector("form.inline-form button[type=submit]"));

        for (ApplicationNode node : nodes) {
            HttpResponse<String> answer = get(node, "/werkruimte", session);
            assertThat(answer.statusCode()).as("the ended session on " + node.name()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/keycloak");
        }
    }

    @Test
    @Order(6)
    void timersMadeDueFireOnceWithBothNodesLookingForJobs() throws Exception {
        String coordinator = LinkedAccounts.token("coordinator", people, organisations, jwt);
        List<String> trajectories = new ArrayList<>();
        for (int trajectory = 0; trajectory < 3; trajectory++) {
            trajectories.add(ApiCalls.startTrajectory(nodes.get(trajectory % 2).port(), coordinator,
                    "Herinnering " + trajectory, "Raalte"));
        }

        trajectories.forEach(this::makeTheRecruitmentReminderDue);

        for (String trajectory : trajectories) {
            awaitReminders(trajectory, JOB_LOCK_TIME.multipliedBy(2));
        }
        Thread.sleep(3000); // time enough for a second run, were there one
        for (String trajectory : trajectories) {
            assertThat(reminders(trajectory)).as("reminders of " + trajectory).isEqualTo(1);
        }
    }

    @Test
    @Order(7)
    void aJobOfANodeKilledWhileRunningItIsRunOnceByTheOtherNodeAfterTheLockTime() throws Exception {
        String coordinator = LinkedAccounts.token("coordinator", people, organisations, jwt);
        String trajectory = ApiCalls.startTrajectory(nodes.get(0).port(), coordinator, "Afgebroken herinnering", "Olst");
        ApplicationNode killed;
        try (Connection holder = dataSource.getConnection()) {
            // The reminder's row refers to the trajectory: while this transaction holds the trajectory's
            // row, the node that runs the reminder waits in the middle of it, holding the job's lock.
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.executeQuery("select id from trajectory where id = '" + trajectory + "' for update").close();
            }
            makeTheRecruitmentReminderDue(trajectory);
            killed = awaitNodeWaitingForTheTrajectory();
            assertThat(jdbc.sql("""
                    select count(*) from act_ru_job
                    where process_instance_id_ = :instance and lock_owner_ is not null and lock_exp_time_ > now()""")
                    .param("instance", processInstance(trajectory)).query(Long.class).single())
                    .as("the reminder's job, locked by " + killed.name()).isEqualTo(1);

            killed.kill();
            holder.rollback();
        }
        nodes.remove(killed);

        awaitReminders(trajectory, JOB_LOCK_TIME.plusSeconds(30));
        Thread.sleep(3000);
        assertThat(reminders(trajectory)).as("the reminder, run by " + nodes.get(0).name()).isEqualTo(1);
        assertThat(killed.process().isAlive()).isFalse();
    }

    private void assertSessionEndsOnEveryNode() throws Exception {
        for (ApplicationNode node : nodes) {
            Instant deadline = Instant.now().plus(LOGOUT_WITHIN);
            HttpResponse<String> answer = getWithSession(node, "/werkruimte");
            while (answer.statusCode() == 200 && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
                answer = getWithSession(node, "/werkruimte");
            }
            assertThat(answer.statusCode()).as("the session on " + node.name() + " has ended").isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/keycloak");
        }
    }

    /** The browser's session cookie, sent straight to one node, past the proxy. */
    private HttpResponse<String> getWithSession(ApplicationNode node, String path) throws Exception {
        return get(node, path, sessionCookie().getValue());
    }

    private static HttpResponse<String> get(ApplicationNode node, String path, String session) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                .header("Accept", "text/html").header("Cookie", "SESSION=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Cookie sessionCookie() {
        Cookie cookie = browser.driver().manage().getCookieNamed("SESSION");
        assertThat(cookie).as("the browser's session cookie").isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
        return cookie;
    }

    /** The non-interrupting 14-day reminder timer on the recruitment task, due now instead. */
    private void makeTheRecruitmentReminderDue(String trajectory) {
        int due = jdbc.sql("""
                update act_ru_job set duedate_ = now() - interval '1 second'
                where process_instance_id_ = :instance and type_ = 'timer'""")
                .param("instance", processInstance(trajectory)).update();
        assertThat(due).as("the reminder timer of " + trajectory).isEqualTo(1);
    }

    private String processInstance(String trajectory) {
        return jdbc.sql("select id_ from act_ru_execution where business_key_ = :trajectory and parent_id_ is null")
                .param("trajectory", trajectory).query(String.class).single();
    }

    private long reminders(String trajectory) {
        return jdbc.sql("select count(*) from involvement_reminder where trajectory_id = cast(:trajectory as uuid)")
                .param("trajectory", trajectory).query(Long.class).single();
    }

    private void awaitReminders(String trajectory, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (reminders(trajectory) == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(reminders(trajectory)).as("reminders of " + trajectory + " within " + within).isPositive();
    }

    /** The node whose database connection waits for a row lock: the one running the reminder. */
    private ApplicationNode awaitNodeWaitingForTheTrajectory() throws InterruptedException {
        Instant deadline = Instant.now().plus(JOB_LOCK_TIME);
        while (Instant.now().isBefore(deadline)) {
            // The reports' drain may wait on the same row too (its upsert checks the trajectory's key): that
            // is not the reminder, whose job this test is about.
            List<String> waiting = jdbc.sql("""
                    select application_name from pg_stat_activity
                    where datname = current_database() and wait_event_type = 'Lock'
                      and query not ilike '%trajectory_report_facts%'""")
                    .query(String.class).list();
            for (ApplicationNode node : nodes) {
                if (waiting.contains(node.name())) {
                    return node;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no node ran the reminder within " + JOB_LOCK_TIME);
    }

    private JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }

    private Served last(String method, String path) {
        List<Served> matching = proxy.served().stream()
                .filter(served -> served.method().equals(method) && served.path().replaceAll("\\?.*", "").equals(path))
                .toList();
        assertThat(matching).as(method + " " + path + " through the proxy").isNotEmpty();
        return matching.get(matching.size() - 1);
    }

    private JsonNode recruitmentTask(String token, String trajectoryId) throws IOException {
        JsonNode tasks = JSON.readTree(ApiCalls.call(nodes.get(1).port(), "GET", "/api/v1/tasks?trajectoryId=" + trajectoryId,
                null, token).body()).at("/content");
        List<JsonNode> recruit = new ArrayList<>();
        tasks.forEach(task -> {
            if (task.get("formKey").asText().endsWith("RecruitmentOutcome")) {
                recruit.add(task);
            }
        });
        assertThat(recruit).as("open recruitment tasks").hasSize(1);
        return recruit.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributes(Map<String, Object> client) {
        Map<String, Object> attributes = new HashMap<>((Map<String, Object>) client.get("attributes"));
        client.put("attributes", attributes);
        return attributes;
    }
}
