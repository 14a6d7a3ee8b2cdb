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
            browser.screenshot("workspace-inbox");
            browser.phoneScreenshot("workspace-inbox");

            var claim = browser.driver().findElement(By.xpath("//button[contains(., 'Oppakken')]"));
            claim.sendKeys(Keys.ENTER);

            assertThat(browser.text()).contains("Gelukt");
            browser.assertAccessible();
            browser.screenshot("workspace-inbox-claimed");
        }
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
