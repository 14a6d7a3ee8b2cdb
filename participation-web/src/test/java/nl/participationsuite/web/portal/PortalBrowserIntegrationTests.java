package nl.participationsuite.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.seats.Background;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.seats.VoteChoice;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.trajectory.UpdateChannel;
import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory.Member;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory.Setup;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.seats.SeatAcceptanceOutcome;
import nl.participationsuite.workflow.seats.SeatCompositionOutcome;
import nl.participationsuite.workflow.seats.VoteOutcome;
import nl.participationsuite.workflow.tasks.TaskOutcome;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A resident in real headless Chromium (Keycloak login as resident1, Anouk Jansen): the home page
 * shows her review of the vision; she endorses it; offered a seat in the steering group, she
 * accepts it; then she votes on a proposal using the keyboard alone, and once the others voted her
 * home page shows what the steering group decided. Every page passes axe-core's
 * WCAG 2.1 AA rules.
 */
@WebIntegrationTest
class PortalBrowserIntegrationTests {

    private static final String ROUND = "Plek van de wijkbijeenkomsten";

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

    @Autowired
    DecisionRoundService rounds;

    @Autowired
    SteeringGroupService steeringGroups;

    @Autowired
    Clock clock;

    @Test
    void anoukEndorsesTheVisionAcceptsHerSeatAndVotesWithTheKeyboardAlone() {
        Person coordinator = person("coordinator");
        Person anouk = person("resident1");
        Setup setup = SteeringGroupTrajectory.atVisionReview(coordinator, List.of(anouk), workflow, trajectories, people,
                involvement);
        Member me = setup.residents().stream().filter(member -> member.person().equals(anouk.id())).findFirst().orElseThrow();

        try (Browser browser = Browser.open()) {
            browser.go(app("/portaal"));
            browser.logInAtKeycloak("resident1");
            assertThat(browser.text()).contains("Mijn portaal").contains("Samen gezond in Hoonhorst")
                    .contains("Gezamenlijke visie").contains("Wat wij nu van u vragen")
                    .contains("Gezamenlijke visie beoordelen").contains(coordinator.displayName());
            browser.assertAccessible();
            browser.screenshot("portal-home");
            browser.phoneScreenshot("portal-home");

            browser.pressEnterOn(By.linkText("Gezamenlijke visie beoordelen"));
            assertThat(browser.text()).contains("Uw beoordeling")
                    .contains("Inwoners van Hoonhorst bepalen mee hoe ouderen gezond thuis kunnen blijven wonen.");
            browser.assertAccessible();
            browser.pressEnterOn(By.xpath("//main//form//button[@type='submit']"));
            assertThat(browser.text()).contains("Controleer").contains("Kies een van de mogelijkheden.");
            browser.assertAccessible();
            browser.driver().findElement(By.id("verdict")).sendKeys(Keys.SPACE);
            browser.pressEnterOn(By.xpath("//main//form//button[@type='submit']"));
            assertThat(browser.text()).contains("Dank u wel. Uw antwoord is opgeslagen.")
                    .contains("Op dit moment hoeft u niets te doen.");
            browser.assertAccessible();
            assertThat(visions.current(setup.id()).orElseThrow().reviews())
                    .anyMatch(review -> review.participantId().equals(me.participant())
                            && review.verdict() == ReviewVerdict.ENDORSED);

            toSeatOffers(setup, me);

            browser.go(app("/portaal"));
            assertThat(browser.text()).contains("Stuurgroep samenstellen").contains("Zetel in de stuurgroep aannemen of afslaan");
            browser.pressEnterOn(By.linkText("Zetel in de stuurgroep aannemen of afslaan"));
            assertThat(browser.text()).contains("Stuurgroep van Samen gezond in Hoonhorst").contains("Uw zetel")
                    .contains("Neemt u de zetel aan?").contains(setup.residents().get(0).name());
            browser.assertAccessible();
            browser.phoneScreenshot("portal-seat-acceptance");
            WebElement accept = tabTo(browser.driver(), "answer");
            accept.sendKeys(Keys.SPACE);
            assertThat(accept.isSelected()).isTrue();
            assertThat(tabToSubmit(browser.driver()).getText()).isEqualTo("Antwoord versturen");
            browser.pressEnterOn(By.xpath("//main//form//button[@type='submit']"));
            assertThat(browser.text()).contains("Dank u wel. Uw antwoord is opgeslagen.");
            browser.assertAccessible();
            assertThat(steeringGroups.get(setup.id()).seats())
                    .filteredOn(seat -> seat.holderId().equals(me.participant())).singleElement()
                    .satisfies(seat -> assertThat(seat.isAccepted()).isTrue());

            openRound(setup);

            browser.go(app("/portaal"));
            assertThat(browser.text()).contains("Samenwerken").contains("Stemmen over een voorstel");
            browser.assertAccessible();
            browser.pressEnterOn(By.linkText("Stemmen over een voorstel"));
            assertThat(browser.text()).contains(ROUND).contains("De bijeenkomsten voortaan in het dorpshuis.")
                    .containsPattern("nog [67] dagen");
            browser.assertAccessible();
            browser.phoneScreenshot("portal-vote");

            WebElement choice = tabTo(browser.driver(), "choice");
            choice.sendKeys(Keys.SPACE);
            WebElement comment = tabTo(browser.driver(), "comment");
            comment.sendKeys("Dichtbij en vertrouwd");
            WebElement submit = tabToSubmit(browser.driver());
            assertThat(submit.getText()).isEqualTo("Stem uitbrengen");
            browser.pressEnterOn(By.xpath("//main//form//button[@type='submit']"));
            assertThat(browser.text()).contains("Dank u wel. Uw antwoord is opgeslagen.");
            browser.assertAccessible();

            // Anna and the coordinator vote too: the round closes, and the home page shows what was decided.
            complete(setup, setup.residents().get(0), Activities.CAST_VOTE, new VoteOutcome(VoteChoice.FOR, null));
            complete(setup, setup.coordinator(), Activities.CAST_VOTE, new VoteOutcome(VoteChoice.AGAINST, null));
            browser.go(app("/portaal"));
            assertThat(browser.text()).contains("Wat de stuurgroep besloot").contains(ROUND + ": Aangenomen")
                    .contains("Voor: 2. Tegen: 1. Geen keuze: 0. Niet gestemd: 0.");
            browser.assertAccessible();
            browser.screenshot("portal-home-decisions");

            // The coordinator's progress update reaches every participant as news of the trajectory.
            trajectories.recordProgressUpdate(setup.id(), "Het dorpshuis is vanaf januari onze vaste plek.\nTot dan!",
                    UpdateChannel.PORTAL);
            browser.go(app("/portaal"));
            assertThat(browser.text()).contains("Nieuws van het traject").contains("Het dorpshuis is vanaf januari onze vaste plek.");
            browser.pressEnterOn(By.partialLinkText("Al het nieuws van dit traject"));
            assertThat(browser.text()).contains("Nieuws van Samen gezond in Hoonhorst").contains("Tot dan!");
            browser.assertAccessible();
            browser.assertNoSidewaysScrollAt(375);
        }
        assertThat(rounds.rounds(setup.id())).singleElement().satisfies(round -> assertThat(round.votes())
                .anyMatch(vote -> vote.participantId().equals(me.participant()) && vote.choice() == VoteChoice.FOR
                        && "Dichtbij en vertrouwd".equals(vote.comment())));
    }

    /**
     * The rest of the review, roles, and a steering group with Anouk and Anna; Anna takes her seat,
     * Anouk's answer is left to her in the portal.
     */
    private void toSeatOffers(Setup setup, Member me) {
        SteeringGroupTrajectory.toComposeSteeringGroup(setup, workflow);
        Member anna = setup.residents().get(0);
        LocalDate from = LocalDate.now(clock);
        complete(setup, setup.coordinator(), Activities.COMPOSE_STEERING_GROUP, new SeatCompositionOutcome(List.of(
                new SeatAssignment(me.participant(), from, from.plusYears(2), Set.of(Background.LOW_INCOME)),
                new SeatAssignment(anna.participant(), from, from.plusYears(2), Set.of(Background.YOUTH)),
                new SeatAssignment(setup.coordinator().participant(), from, from.plusYears(2), Set.of())), null));
        complete(setup, anna, Activities.ACCEPT_SEAT, new SeatAcceptanceOutcome(SeatAcceptanceOutcome.Answer.ACCEPT, null));
    }

    /**
     * A round put to the steering group, once everyone took their seat: by the coordinator on the
     * workspace's page, with the week the form suggests to vote.
     */
    private void openRound(Setup setup) {
        String trajectoryPage = "/werkruimte/trajecten/" + setup.id();
        try (Browser coordinator = Browser.open()) {
            coordinator.go(app(trajectoryPage));
            coordinator.logInAtKeycloak("coordinator");
            coordinator.pressEnterOn(By.linkText("Een voorstel aan de stuurgroep voorleggen"));
            assertThat(coordinator.text()).contains("Een voorstel aan de stuurgroep voorleggen")
                    .contains("Tot wanneer kan er gestemd worden?");
            coordinator.assertAccessible();
            coordinator.screenshot("workspace-open-round");
            coordinator.pressEnterOn(By.id("title"));
            assertThat(coordinator.text()).contains("Titel van het voorstel – Vul dit veld in.");
            coordinator.assertAccessible();
            coordinator.driver().findElement(By.id("title")).sendKeys(ROUND);
            coordinator.driver().findElement(By.id("proposal")).sendKeys("De bijeenkomsten voortaan in het dorpshuis.");
            coordinator.pressEnterOn(By.id("title"));
            assertThat(coordinator.driver().getCurrentUrl()).as(coordinator::text).endsWith(trajectoryPage);
            assertThat(coordinator.text()).contains("Het voorstel ligt bij de stuurgroep.").contains(ROUND);
            coordinator.assertAccessible();
        }
    }

    private void complete(Setup setup, Member member, String definitionKey, TaskOutcome outcome) {
        workflow.complete(SteeringGroupTrajectory.tasks(workflow, setup, member, definitionKey).get(0).id(),
                member.person(), outcome);
    }

    /** Presses Tab from where the focus is until the element with this id has it. */
    private static WebElement tabTo(WebDriver driver, String id) {
        for (int presses = 0; presses < 40; presses++) {
            WebElement focused = driver.switchTo().activeElement();
            if (id.equals(focused.getAttribute("id"))) {
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private static WebElement tabToSubmit(WebDriver driver) {
        for (int presses = 0; presses < 10; presses++) {
            WebElement focused = driver.switchTo().activeElement();
            if ("submit".equals(focused.getAttribute("type"))) {
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the submit button");
    }

    private Person person(String user) {
        return LinkedAccounts.person(user, people, organisations, jwt);
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
