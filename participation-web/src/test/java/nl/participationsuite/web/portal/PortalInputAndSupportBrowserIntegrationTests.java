package nl.participationsuite.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.support.SupportRequest;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.trajectory.Organisations;
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
import nl.participationsuite.workflow.input.InputResponseOutcome;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Residents in real headless Chromium after the Keycloak login: Anouk (resident1) gives input, a
 * professional answers it, and Anouk reads the answer on her input's timeline; Daan (resident2), in
 * the same trajectory, gets the not-found page for Anouk's input; a travel cost claim with a negative
 * amount is refused with a message next to the amount, a good one is listed in euro.
 */
@WebIntegrationTest
class PortalInputAndSupportBrowserIntegrationTests {

    private static final String TEXT = "Kan er een bankje bij de bushalte aan de Kerkstraat komen?";

    private static final String FEEDBACK = "Er komt in het voorjaar een bankje bij de bushalte. Dank voor uw idee.";

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

    @Autowired
    SupportService support;

    @Test
    void aResidentGivesInputReadsTheAnswerAndClaimsTravelCosts() {
        Person coordinator = linked("coordinator");
        Person professional = linked("professional");
        Person anouk = linked("resident1");
        Person daan = linked("resident2");
        Trajectory trajectory = workflow.start(new StartTrajectory("Een bankje op elke hoek", "Ouderen en bewegen",
                "Nieuwleusen", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION,
                coordinator.organisationId(), coordinator.id(), coordinator.id(), null, null));
        trajectories.addParticipant(trajectory.id(), professional.id());
        trajectories.addParticipant(trajectory.id(), anouk.id());
        trajectories.addParticipant(trajectory.id(), daan.id());

        ResidentInput given;
        try (Browser browser = Browser.open()) {
            browser.go(app("/portaal/inbreng/nieuw"));
            browser.logInAtKeycloak("resident1");
            assertThat(browser.text()).contains("Inbreng geven");
            browser.assertAccessible();

            chooseTrajectory(browser, trajectory);
            browser.driver().findElement(By.id("topic")).sendKeys("Bankje bij de bushalte");
            browser.pressEnterOn(By.xpath("//button[contains(., 'Inbreng versturen')]"));
            assertThat(browser.text()).contains("Controleer deze velden").contains("Vul dit veld in.");
            browser.assertAccessible();

            browser.driver().findElement(By.id("text")).sendKeys(TEXT);
            browser.pressEnterOn(By.xpath("//button[contains(., 'Inbreng versturen')]"));
            assertThat(browser.text()).contains("Wij hebben uw inbreng ontvangen").contains(TEXT)
                    .contains("U krijgt nog een antwoord.");
            browser.assertAccessible();

            given = inputs.ofResident(anouk.id()).stream().filter(input -> input.text().equals(TEXT)).findFirst()
                    .orElseThrow();
            assertThat(given.recordedOnBehalfBy()).isNull();
            inputWorkflow.respond(trajectory.id(), given.id(), professional.id(),
                    new InputResponseOutcome(InputStatus.ADOPTED, FEEDBACK));

            browser.go(app("/portaal/inbreng"));
            assertThat(browser.text()).contains("Bankje bij de bushalte").contains("Beantwoord: wordt overgenomen");
            browser.assertAccessible();
            browser.pressEnterOn(By.linkText("Bankje bij de bushalte"));
            assertThat(browser.text()).contains("Wij hebben uw inbreng ontvangen.")
                    .contains("Iemand van het traject bekijkt uw inbreng.").contains("Uw idee wordt overgenomen.")
                    .contains(FEEDBACK).doesNotContain("U krijgt nog een antwoord.");
            browser.assertAccessible();
            browser.phoneScreenshot("portal-input-timeline");

            browser.go(app("/portaal/ondersteuning/reiskosten"));
            browser.assertAccessible();
            chooseTrajectory(browser, trajectory);
            String yesterday = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(1).toString();
            WebElement date = browser.driver().findElement(By.id("tripDate"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", date, yesterday);
            browser.driver().findElement(By.id("from")).sendKeys("Nieuwleusen");
            browser.driver().findElement(By.id("to")).sendKeys("Dalfsen");
            browser.driver().findElement(By.id("amount")).sendKeys("-12,50");
            browser.pressEnterOn(By.xpath("//button[contains(., 'Reiskosten aanvragen')]"));
            assertThat(browser.text()).contains("Controleer deze velden")
                    .contains("Een bedrag onder nul kan niet. Vul in hoeveel het kost, bijvoorbeeld 12,50.");
            assertThat(browser.driver().findElement(By.id("amount")).getAttribute("aria-invalid")).isEqualTo("true");
            browser.assertAccessible();
            browser.screenshot("portal-support-refused");
            assertThat(mine(anouk)).isEmpty();

            WebElement amount = browser.driver().findElement(By.id("amount"));
            amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "12,50");
            browser.pressEnterOn(By.xpath("//button[contains(., 'Reiskosten aanvragen')]"));
            assertThat(browser.text()).contains("Uw aanvraag is verstuurd").contains("Reis van Nieuwleusen naar Dalfsen")
                    .contains("12,50").contains("Aangevraagd. De coördinator kijkt ernaar.");
            browser.assertAccessible();
            assertThat(mine(anouk)).extracting(SupportRequest::amountCents).containsExactly(1250L);

            browser.go(app("/portaal/ondersteuning/training"));
            assertThat(browser.text()).contains("Een training aanvragen");
            browser.assertAccessible();
        }

        try (Browser browser = Browser.open()) {
            browser.go(app("/portaal/inbreng/" + given.id()));
            browser.logInAtKeycloak("resident2");
            assertThat(browser.text()).contains("Deze pagina bestaat niet, of is niet voor u bedoeld.")
                    .doesNotContain(TEXT).doesNotContain(FEEDBACK);
            browser.assertAccessible();
        }
    }

    /** With more than one open trajectory (other tests' trajectories in the same database) the form asks which one. */
    private static void chooseTrajectory(Browser browser, Trajectory trajectory) {
        List<WebElement> choice = browser.driver()
                .findElements(By.cssSelector("input[name='trajectoryId'][value='" + trajectory.id() + "']"));
        if (!choice.isEmpty()) {
            choice.get(0).sendKeys(Keys.SPACE);
        }
    }

    private List<SupportRequest> mine(Person resident) {
        return support.ofResident(resident.id()).stream()
                .filter(request -> "Nieuwleusen".equals(request.tripFrom())).toList();
    }

    private Person linked(String user) {
        return LinkedAccounts.person(user, people, organisations, jwt);
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
