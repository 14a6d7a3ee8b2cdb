package nl.participationsuite.web.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.notification.NotificationKind;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory.Setup;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The notifications lists in real headless Chromium: a resident follows the link of a notification (as
 * in its mail), logs in, lands on the task it is about, and finds it read in the portal's list; the
 * coordinator's list in the workspace; both pages axe-core clean, with the unread count in the header.
 */
@WebIntegrationTest
class NotificationsBrowserIntegrationTests {

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
    JdbcClient jdbc;

    @Test
    void residentFollowsTheLinkOfANotificationLandsOnTheTaskAndFindsItRead() {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Person resident = LinkedAccounts.person("resident1", people, organisations, jwt);
        Setup setup = SteeringGroupTrajectory.atVisionReview(coordinator, List.of(resident), workflow, trajectories,
                people, involvement);
        String task = SteeringGroupTrajectory.tasks(workflow, setup, setup.residents().get(3), Activities.REVIEW_VISION)
                .get(0).id();
        UUID notification = notificationOf(resident, task);

        try (Browser browser = Browser.open()) {
            browser.go(app("/portaal/meldingen/" + notification));
            browser.logInAtKeycloak("resident1");

            assertThat(browser.driver().getCurrentUrl()).contains("/portaal/taken/" + task + "/visie-beoordelen");
            assertThat(readAt(notification)).as("read once followed").isTrue();

            browser.go(app("/portaal/meldingen"));
            assertThat(browser.text()).contains("Meldingen").contains("Lees de gezamenlijke visie van Samen gezond in Hoonhorst");
            By item = By.cssSelector("a[href$='/portaal/meldingen/" + notification + "']");
            assertThat(browser.driver().findElement(item).findElement(By.xpath("ancestor::li")).getAttribute("class"))
                    .contains("read").doesNotContain("unread");
            browser.assertAccessible();
            browser.screenshot("notifications-portal");
        }
    }

    @Test
    void coordinatorSeesTheUnreadCountAndOpensANotificationFromTheWorkspaceList() {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Setup setup = SteeringGroupTrajectory.atVisionReview(coordinator, List.of(), workflow, trajectories, people,
                involvement);
        String task = SteeringGroupTrajectory.tasks(workflow, setup, setup.coordinator(), Activities.REVIEW_VISION)
                .get(0).id();
        UUID notification = notificationOf(coordinator, task);

        try (Browser browser = Browser.open()) {
            browser.go(app("/werkruimte/meldingen"));
            browser.logInAtKeycloak("coordinator");

            long unread = jdbc.sql("select count(*) from notification where recipient_id = :person and read_at is null")
                    .param("person", coordinator.id().value()).query(Long.class).single();
            assertThat(browser.driver().findElement(By.cssSelector("header a[href$='/werkruimte/meldingen']")).getText())
                    .isEqualTo("Meldingen, " + unread + " nieuw");
            browser.assertAccessible();
            browser.screenshot("notifications-workspace");

            browser.pressEnterOn(By.cssSelector("a[href$='/werkruimte/meldingen/" + notification + "']"));

            assertThat(browser.driver().getCurrentUrl()).contains("/werkruimte/taken/" + task);
            assertThat(readAt(notification)).isTrue();
        }
    }

    @Test
    void anotherPersonsNotificationIsNotFound() {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Setup setup = SteeringGroupTrajectory.atVisionReview(coordinator, List.of(), workflow, trajectories, people,
                involvement);
        String task = SteeringGroupTrajectory.tasks(workflow, setup, setup.residents().get(0), Activities.REVIEW_VISION)
                .get(0).id();
        UUID annas = jdbc.sql("select id from notification where task_id = :task").param("task", task)
                .query(UUID.class).single();

        try (Browser browser = Browser.open()) {
            browser.go(app("/werkruimte/meldingen/" + annas));
            browser.logInAtKeycloak("coordinator");

            assertThat(browser.text()).contains("Deze pagina bestaat niet");
            assertThat(readAt(annas)).isFalse();
        }
    }

    private UUID notificationOf(Person person, String task) {
        return jdbc.sql("select id from notification where recipient_id = :person and task_id = :task and kind = :kind")
                .param("person", person.id().value()).param("task", task)
                .param("kind", NotificationKind.VISION_REVIEW.name()).query(UUID.class).single();
    }

    private boolean readAt(UUID notification) {
        return jdbc.sql("select read_at is not null from notification where id = :id").param("id", notification)
                .query(Boolean.class).single();
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
