package nl.participationsuite.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The inbox page costs the same number of SQL statements whatever the number of trajectories and
 * tasks of the person: both lists are one page each from the database, the trajectories of the rows
 * one statement, the filter's trajectories one more.
 */
@WebIntegrationTest
@Import(StatementCounting.class)
class InboxQueryCountIntegrationTests {

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
    void theInboxCostsTheSameWithTwoAndWithThirtyTrajectories() {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Trajectory first = start(coordinator, "Eerste traject");
        start(coordinator, "Tweede traject");
        CountedCalls browser = new CountedCalls(port);
        browser.logIn("coordinator");
        browser.page("/werkruimte");

        Counted inboxFew = browser.page("/werkruimte");
        Counted filteredFew = browser.page("/werkruimte?traject=" + first.id());
        Counted referenceFew = browser.page("/werkruimte?referentie=" + first.reference());
        for (int i = 0; i < MORE; i++) {
            start(coordinator, "Traject " + i);
        }
        Counted inboxMany = browser.page("/werkruimte");
        Counted filteredMany = browser.page("/werkruimte?traject=" + first.id());
        Counted referenceMany = browser.page("/werkruimte?referentie=" + first.reference());
        Counted secondPage = browser.page("/werkruimte?paginaOpen=2");

        System.out.println("SQL statements per request, before and after " + MORE + " more trajectories:");
        System.out.printf("  GET /werkruimte                      %3d vs %3d%n", inboxFew.count(), inboxMany.count());
        System.out.printf("  GET /werkruimte?traject=...          %3d vs %3d%n", filteredFew.count(), filteredMany.count());
        System.out.printf("  GET /werkruimte?referentie=...       %3d vs %3d%n", referenceFew.count(), referenceMany.count());
        System.out.printf("  GET /werkruimte?paginaOpen=2         %3d%n", secondPage.count());

        for (Counted page : new Counted[] { inboxFew, filteredFew, referenceFew, inboxMany, filteredMany, referenceMany,
                secondPage }) {
            assertThat(page.response().statusCode()).isEqualTo(200);
        }
        assertThat(inboxMany.response().body()).contains("Pagina 1 van").contains("Volgende pagina");
        assertThat(referenceMany.response().body()).contains(first.reference() + "</span>");
        assertThat(inboxMany.count()).as(inboxMany.listing()).isEqualTo(inboxFew.count());
        assertThat(filteredMany.count()).as(filteredMany.listing()).isEqualTo(filteredFew.count());
        assertThat(referenceMany.count()).as(referenceMany.listing()).isEqualTo(referenceFew.count());
        assertThat(secondPage.count()).as(secondPage.listing()).isEqualTo(inboxMany.count());
    }

    private Trajectory start(Person coordinator, String title) {
        return workflow.start(new StartTrajectory(title, "Meer bewegen", "Nieuwleusen", TrajectoryKind.ORGANISATION_PROJECT,
                ParticipationLevel.CONSULTATION, coordinator.organisationId(), coordinator.id(), coordinator.id(), null, null));
    }
}
