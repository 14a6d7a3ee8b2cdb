package nl.participationsuite.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** The task inbox in real headless Chromium: after the Keycloak login, accessible, usable by keyboard, at phone width. */
@WebIntegrationTest
class WorkspaceBrowserIntegrationTests {

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
    void coordinatorSeesTheirTasksOnAnAccessibleInboxAndClaimsOneByKeyboard() {
        String token = LinkedAccounts.token("coordinator", people, organisations, jwt);
        Person coordinator = people.findByKeycloakSubject(jwt.decode(token).getSubject()).orElseThrow();
        Trajectory trajectory = workflow.start(new StartTrajectory("Gezond opgroeien in Nieuwleusen", "Jeugd en gezondheid",
                "Nieuwleusen", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION,
                coordinator.organisationId(), coordinator.id(), coordinator.id(), null, null));

        try (Browser browser = Browser.open()) {
            browser.go(app("/werkruimte?traject=" + trajectory.id()));
            browser.logInAtKeycloak("coordinator");

            assertThat(browser.text()).contains("Inwoners werven en bestaande netwerken in kaart brengen")
                    .contains(trajectory.reference());
            browser.assertAccessible();
            browser.assertNoSidewaysScrollAt(1280);
            browser.assertNoSidewaysScrollAt(375);
            browser.screenshot("workspace-inbox");
            browser.phoneScreenshot("workspace-inbox");

            browser.pressEnterOn(By.xpath("//button[contains(., 'Oppakken')]"));

            assertThat(browser.text()).contains("Gelukt");
            browser.assertAccessible();
            browser.screenshot("workspace-inbox-claimed");
        }
    }

    @Test
    void coordinatorStartsATrajectoryThroughAnAccessibleFormThatShowsErrorsFirst() {
        LinkedAccounts.token("coordinator", people, organisations, jwt);

        try (Browser browser = Browser.open()) {
            browser.go(app("/werkruimte"));
            browser.logInAtKeycloak("coordinator");
            browser.clickAndWait(By.linkText("Een traject starten"));
            browser.assertAccessible();

            browser.clickAndWait(By.xpath("//button[contains(., 'Traject starten')]"));
            assertThat(browser.text()).contains("Controleer deze velden").contains("Vul dit veld in.");
            browser.assertAccessible();
            browser.screenshot("start-trajectory-errors");

            browser.driver().findElement(By.id("title")).sendKeys("Samen gezond in Lemelerveld");
            browser.driver().findElement(By.id("topic")).sendKeys("Lokaal gezondheidsbeleid");
            browser.driver().findElement(By.id("area")).sendKeys("Lemelerveld");
            browser.driver().findElement(By.id("kind")).sendKeys(Keys.SPACE);
            browser.driver().findElement(By.id("intendedLevel-PARTICIPATION")).sendKeys(Keys.SPACE);
            browser.screenshot("start-trajectory-filled");
            browser.pressEnterOn(By.id("area"));

            assertThat(browser.text()).contains("Het traject is gestart")
                    .contains("Inwoners werven en bestaande netwerken in kaart brengen");
            browser.assertAccessible();
        }
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
