package nl.participationsuite.web.workspace.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.seats.Seat;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory.Setup;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The coordinator composes the steering group in real headless Chromium, by keyboard: a token
 * resident is refused on check and on save, three residents with different backgrounds are accepted
 * and saved, and the domain's steering group then has three resident seats.
 */
@WebIntegrationTest
class SteeringGroupBrowserIntegrationTests {

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
    SteeringGroupService steeringGroups;

    @Test
    void coordinatorIsRefusedATokenResidentAndSavesThreeResidentsWithDifferentBackgrounds() {
        String token = LinkedAccounts.token("coordinator", people, organisations, jwt);
        Person coordinator = people.findByKeycloakSubject(jwt.decode(token).getSubject()).orElseThrow();
        Setup setup = SteeringGroupTrajectory.atComposeSteeringGroup(coordinator, workflow, trajectories, people, involvement);
        String taskId = SteeringGroupTrajectory.tasks(workflow, setup, setup.coordinator(), Activities.COMPOSE_STEERING_GROUP)
                .get(0).id();

        try (Browser browser = Browser.open()) {
            browser.go(app("/werkruimte/taken/" + taskId));
            browser.logInAtKeycloak("coordinator");
            assertThat(browser.text()).contains("Stuurgroep samenstellen").contains(setup.reference())
                    .contains("Anna Jansen").contains("Kees Smit");
            browser.assertAccessible();

            tick(browser, "Anna Jansen", "seat");
            tick(browser, "Anna Jansen", "INFORMAL_CARER");
            tick(browser, "Kees Smit", "seat");
            browser.pressEnterOn(button("check"));

            assertThat(browser.text()).contains("Uitkomst van de controle")
                    .contains("Maar 1 inwoner heeft een zetel. Er zijn er minstens 2 nodig, zodat niemand er als enige "
                            + "inwoner alleen voor staat.");
            browser.assertAccessible();
            browser.screenshot("workspace-steering-group-refused");

            browser.pressEnterOn(button("save"));
            assertThat(browser.text()).contains("Controleer deze velden")
                    .contains("Deze samenstelling voldoet niet aan de regels. Schrijf op waarom");
            assertThat(steeringGroups.groupOf(setup.id())).isEmpty();
            browser.assertAccessible();

            tick(browser, "Bram de Boer", "seat");
            tick(browser, "Bram de Boer", "YOUTH");
            tick(browser, "Carla Visser", "seat");
            tick(browser, "Carla Visser", "YOUTH");
            browser.pressEnterOn(button("check"));

            assertThat(browser.text()).contains("Deze samenstelling voldoet aan alle regels.")
                    .contains("3 inwoners hebben een zetel.");
            browser.assertAccessible();
            browser.screenshot("workspace-steering-group-accepted");

            browser.pressEnterOn(button("save"));
            assertThat(browser.text()).contains("De taak is afgerond");
            browser.assertAccessible();
        }
        assertThat(steeringGroups.get(setup.id()).occupiedSeats()).hasSize(4).filteredOn(Seat::isResidentSeat).hasSize(3);
        assertThat(steeringGroups.overrides(setup.id())).isEmpty();
    }

    /** Ticks a participant's "gets a seat" box or one of their backgrounds, with the space bar. */
    private static void tick(Browser browser, String name, String value) {
        String box = "seat".equals(value) ? "contains(@name, '.seat')" : "@value='" + value + "'";
        browser.driver().findElement(By.xpath("//fieldset[legend/span[text()='" + name + "']]//input[@type='checkbox' and "
                + box + "]")).sendKeys(Keys.SPACE);
    }

    private static By button(String action) {
        return By.xpath("//button[@name='action' and @value='" + action + "']");
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
