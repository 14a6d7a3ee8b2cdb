package nl.participationsuite.web.workspace.tasks;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

import nl.participationsuite.domain.input.AnswerDelivery;
import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A professional answers a resident's input in real headless Chromium, after the Keycloak login:
 * from the inbox to the form by keyboard, the errors first, then the answer stored in the domain.
 */
@WebIntegrationTest
class InputResponseBrowserIntegrationTests {

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
    InputWorkflow inputWorkflow;

    @Autowired
    InputService inputs;

    @Test
    void theProfessionalRespondsToAnInputRecordedOnBehalfOfAResident() {
        Person coordinator = linked("coordinator");
        Person professional = linked("professional");
        Trajectory trajectory = workflow.start(new StartTrajectory("Schuldhulp dichterbij", "Schulden en geldzorgen",
                "Dalfsen", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION,
                coordinator.organisationId(), coordinator.id(), coordinator.id(), null, null));
        trajectories.addParticipant(trajectory.id(), professional.id());
        Person fatima = people.save(Person.resident("Fatima El Amrani", null, null, null));
        ParticipantId fatimaTakesPart = trajectories.addParticipant(trajectory.id(), fatima.id()).id();
        ResidentInput input = inputWorkflow.receive(new ReceiveInput(trajectory.id(), fatimaTakesPart, coordinator.id(),
                InputChannel.PHONE, "Vervoer", "De bus naar het gemeentehuis rijdt niet meer op zondag.", null));

        try (Browser browser = Browser.open()) {
            browser.go(app("/werkruimte?traject=" + trajectory.id()));
            browser.logInAtKeycloak("professional");
            browser.pressEnterOn(By.linkText("Reageren op de inbreng van een inwoner"));

            assertThat(browser.text()).contains("De bus naar het gemeentehuis rijdt niet meer op zondag.")
                    .contains("Fatima El Amrani").contains("(vastgelegd door Marieke de Vries)").contains("Ontvangen");
            browser.assertAccessible();
            browser.screenshot("workspace-task-input-response");
            browser.phoneScreenshot("workspace-task-input-response");

            browser.pressEnterOn(By.xpath("//button[contains(., 'Antwoord versturen')]"));
            assertThat(browser.text()).contains("Controleer deze velden").contains("Vul dit veld in.");
            browser.assertAccessible();
            browser.screenshot("workspace-task-input-response-errors");
            assertThat(inputs.get(input.id()).status()).isEqualTo(InputStatus.RECEIVED);

            // Not known yet: an interim answer, with the day the answer is promised; the task stays open.
            browser.driver().findElement(By.id("interimAnswer")).sendKeys("We vragen het na bij de vervoerder.");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                    browser.driver().findElement(By.id("expectedOn")), LocalDate.now().plusDays(20).toString());
            browser.pressEnterOn(By.xpath("//button[contains(., 'Tussenbericht versturen')]"));
            assertThat(browser.text()).contains("Het tussenbericht is verstuurd");
            browser.assertAccessible();
            assertThat(inputs.get(input.id()).interimAnswer()).isEqualTo("We vragen het na bij de vervoerder.");

            browser.pressEnterOn(By.linkText("Reageren op de inbreng van een inwoner"));
            assertThat(browser.text()).contains("Eerder tussenbericht").contains("We vragen het na bij de vervoerder.")
                    .contains("Deze inwoner heeft geen account voor het portaal.");
            browser.driver().findElement(By.id("status-PARTLY_ADOPTED")).sendKeys(Keys.SPACE);
            browser.driver().findElement(By.id("feedback"))
                    .sendKeys("We vragen de vervoerder om op zondag twee ritten te rijden. In maart hoort u meer.");
            browser.driver().findElement(By.id("passedOn-PHONE")).sendKeys(Keys.SPACE);
            browser.pressEnterOn(By.xpath("//button[contains(., 'Antwoord versturen')]"));

            assertThat(browser.text()).contains("De taak is afgerond");
            browser.assertAccessible();
        }
        ResidentInput answered = inputs.get(input.id());
        assertThat(answered.status()).isEqualTo(InputStatus.PARTLY_ADOPTED);
        assertThat(answered.answerPassedOn()).isEqualTo(AnswerDelivery.PHONE);
        assertThat(answered.feedback()).startsWith("We vragen de vervoerder");
        assertThat(answered.feedbackBy()).isEqualTo(professional.id());
    }

    private Person linked(String user) {
        return LinkedAccounts.person(user, people, organisations, jwt);
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
