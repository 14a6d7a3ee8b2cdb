package nl.participationsuite.web.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.CountedCalls;
import nl.participationsuite.testsupport.CountedCalls.Counted;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.StatementCounting;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The contact person's letter queue and notifications list cost the same number of SQL statements
 * with one trajectory's letters and notifications as with several: the rows, their texts' subjects
 * and the bundled tasks are each read once for the whole page.
 */
@WebIntegrationTest
@Import(StatementCounting.class)
class NotificationPagesQueryCountIntegrationTests {

    /** Trajectories (each three letters and a notification for the contact person) added between the measurements. */
    private static final int MORE = 3;

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

    @Test
    void theLetterQueueAndTheNotificationsListCostTheSameWithOneAndWithSeveralTrajectories() {
        Person contact = LinkedAccounts.person("professional2", people, organisations, jwt);
        SteeringGroupTrajectory.atVisionReview(contact, List.of(), workflow, trajectories, people, involvement);
        CountedCalls browser = new CountedCalls(port);
        browser.logIn("professional2");
        browser.page("/werkruimte/brieven");

        Counted fewLetters = browser.page("/werkruimte/brieven");
        Counted fewNotifications = browser.page("/werkruimte/meldingen");
        for (int i = 0; i < MORE; i++) {
            SteeringGroupTrajectory.atVisionReview(contact, List.of(), workflow, trajectories, people, involvement);
        }
        // As before the first counts: the session's check with Keycloak (every two seconds in the tests) falls on
        // this request when filling took longer, not on the ones counted.
        browser.page("/werkruimte/brieven");
        Counted manyLetters = browser.page("/werkruimte/brieven");
        Counted manyNotifications = browser.page("/werkruimte/meldingen");

        System.out.printf("SQL statements of GET /werkruimte/brieven: %d vs %d, /werkruimte/meldingen: %d vs %d"
                + " (%d more trajectories)%n", fewLetters.count(), manyLetters.count(), fewNotifications.count(),
                manyNotifications.count(), MORE);
        assertThat(manyLetters.response().statusCode()).isEqualTo(200);
        assertThat(manyLetters.response().body()).contains("Anna Jansen").contains("Carla Visser");
        assertThat(manyNotifications.response().statusCode()).isEqualTo(200);
        assertThat(manyLetters.count()).as(manyLetters.listing()).isEqualTo(fewLetters.count());
        assertThat(manyNotifications.count()).as(manyNotifications.listing()).isEqualTo(fewNotifications.count());
    }
}
