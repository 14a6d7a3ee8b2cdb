package nl.participationsuite.web.workspace.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.PartyExpectation;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.domain.vision.VisionStatus;
import nl.participationsuite.domain.vision.VisionVersion;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.tasks.VisionDraftSetup.AtDraft;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The coordinator drafts the shared vision in real headless Chromium after the Keycloak login:
 * by keyboard, with "one more row" and an error first, accessible in both states, and the draft
 * is what the domain then holds, out for review.
 */
@WebIntegrationTest
class VisionDraftBrowserIntegrationTests {

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
    VisionService visions;

    @Test
    void coordinatorDraftsTheVisionByKeyboardWithOneMoreRowAndAnErrorFirst() {
        String token = LinkedAccounts.token("coordinator", people, organisations, jwt);
        Person coordinator = people.findByKeycloakSubject(jwt.decode(token).getSubject()).orElseThrow();
        AtDraft at = VisionDraftSetup.playUpToTheDraft(coordinator, "Samen gezond in Lemelerveld", workflow, trajectories,
                involvement, people);

        try (Browser browser = Browser.open()) {
            browser.go(app("/werkruimte/taken/" + at.draft().id()));
            browser.logInAtKeycloak("coordinator");
            WebDriver driver = browser.driver();

            assertThat(driver.getCurrentUrl()).endsWith("/werkruimte/taken/" + at.draft().id() + "/visie-opstellen");
            assertThat(browser.text()).contains("Gezamenlijke visie opstellen").contains(at.trajectory().reference());
            browser.assertAccessible();

            driver.findElement(By.id("sharedGoal")).sendKeys("Inwoners van Lemelerveld bepalen mee hoe de wijk gezonder wordt.");
            driver.findElement(By.id("expectations-0-party")).sendKeys("De inwoners");
            driver.findElement(By.id("expectations-0-text")).sendKeys("Meedenken en meebeslissen in de stuurgroep");
            driver.findElement(By.id("expectations-2-party")).sendKeys("Eén deelnemer");
            driver.findElement(By.id("expectations-2-participantId")).sendKeys("Fatima");
            driver.findElement(By.id("expectations-2-text")).sendKeys("Ideeën voor de jongeren inbrengen");
            browser.pressEnterOn(By.xpath("//button[contains(., 'Nog een regel voor een verwachting')]"));

            assertThat(driver.findElements(By.id("expectations-3-text"))).hasSize(1);
            assertThat(driver.findElement(By.id("expectations-0-text")).getAttribute("value"))
                    .isEqualTo("Meedenken en meebeslissen in de stuurgroep");
            assertThat(browser.text()).doesNotContain("Controleer deze velden");
            driver.findElement(By.id("expectations-3-party")).sendKeys("De organisatie");
            driver.findElement(By.id("expectations-3-text")).sendKeys("Tijd, ruimte en antwoord op elke inbreng");
            driver.findElement(By.id("successCriteria-0-description")).sendKeys("Inbreng krijgt op tijd antwoord");
            driver.findElement(By.id("successCriteria-0-measuredBy")).sendKeys("Registratie van inbreng");
            browser.pressEnterOn(By.xpath("//button[contains(., 'Visie voorleggen aan de deelnemers')]"));

            assertThat(browser.text()).contains("Controleer deze velden").contains("Wanneer is het gelukt?: Vul dit veld in.");
            assertThat(driver.getTitle()).startsWith("Fout:");
            browser.assertAccessible();
            browser.screenshot("workspace-task-vision-draft-errors");

            assertThat(driver.findElement(By.linkText("Wanneer is het gelukt?: Vul dit veld in.")).getAttribute("href"))
                    .endsWith("#successCriteria-0-target");
            driver.findElement(By.id("successCriteria-0-target")).sendKeys("90 procent");
            browser.screenshot("workspace-task-vision-draft");
            browser.phoneScreenshot("workspace-task-vision-draft");
            // Enter in a one-line field submits the draft, not "one more row".
            browser.pressEnterOn(By.id("successCriteria-0-target"));

            assertThat(browser.text()).contains("De taak is afgerond");
            browser.assertAccessible();
        }

        VisionVersion draft = visions.current(at.trajectory().id()).orElseThrow();
        assertThat(draft.status()).isEqualTo(VisionStatus.IN_REVIEW);
        assertThat(draft.sharedGoal()).isEqualTo("Inwoners van Lemelerveld bepalen mee hoe de wijk gezonder wordt.");
        assertThat(draft.expectations())
                .extracting(PartyExpectation::party, PartyExpectation::participantId, PartyExpectation::expectation)
                .containsExactly(tuple(Party.RESIDENTS, null, "Meedenken en meebeslissen in de stuurgroep"),
                        tuple(Party.PARTICIPANT, at.resident().id(), "Ideeën voor de jongeren inbrengen"),
                        tuple(Party.ORGANISATION, null, "Tijd, ruimte en antwoord op elke inbreng"));
        assertThat(draft.successCriteria()).singleElement()
                .satisfies(criterion -> assertThat(criterion.target()).isEqualTo("90 procent"));
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
