package nl.participationsuite.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
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
 * The portal's home costs the same number of SQL statements whatever the number of trajectories the
 * resident takes part in: tasks, trajectories, successes, steering groups and contact persons are
 * each read once for all of them, and a page shows at most ten trajectories.
 */
@WebIntegrationTest
@Import(StatementCounting.class)
class PortalHomeQueryCountIntegrationTests {

    /** Trajectories the resident joins between the two measurements. */
    private static final int MORE = 10;

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

    @Test
    void theHomePageCostsTheSameWithTwoAndWithTwelveTrajectories() {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Person resident = LinkedAccounts.person("resident5", people, organisations, jwt);
        Trajectory first = join(start(coordinator, "Eerste buurt"), resident);
        join(start(coordinator, "Tweede buurt"), resident);
        CountedCalls browser = new CountedCalls(port);
        browser.logIn("resident5");
        browser.page("/portaal");

        Counted few = browser.page("/portaal");
        for (int i = 0; i < MORE; i++) {
            join(start(coordinator, "Buurt " + i), resident);
        }
        Counted many = browser.page("/portaal");
        Counted second = browser.page("/portaal?pagina=2");

        System.out.printf("SQL statements of GET /portaal: %d vs %d (%d more trajectories; page 2: %d)%n", few.count(),
                many.count(), MORE, second.count());
        assertThat(few.response().statusCode()).isEqualTo(200);
        assertThat(many.response().statusCode()).isEqualTo(200);
        // Newest first, ten a page: the first trajectory moved to the second page.
        assertThat(many.response().body()).contains("Buurt " + (MORE - 1)).doesNotContain(first.title())
                .contains("Pagina 1 van 2 (12 trajecten)");
        assertThat(second.response().body()).contains(first.title()).doesNotContain("Buurt " + (MORE - 1));
        assertThat(many.count()).as(many.listing()).isEqualTo(few.count());
        assertThat(second.count()).as(second.listing()).isEqualTo(few.count());
    }

    private Trajectory start(Person coordinator, String title) {
        return workflow.start(new StartTrajectory(title, "Samen gezond", "Hoonhorst", TrajectoryKind.RESIDENT_INITIATIVE,
                ParticipationLevel.PARTICIPATION, coordinator.organisationId(), coordinator.id(), coordinator.id(), null, null));
    }

    private Trajectory join(Trajectory trajectory, Person resident) {
        trajectories.addParticipant(trajectory.id(), resident.id());
        return trajectory;
    }
}
