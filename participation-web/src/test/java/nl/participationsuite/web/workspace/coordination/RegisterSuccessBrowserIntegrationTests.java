package nl.participationsuite.web.workspace.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.seats.Background;
import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.support.RequestTravelCost;
import nl.participationsuite.domain.support.SupportRequest;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.support.SupportStatus;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory.Member;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory.Setup;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.seats.SeatAcceptanceOutcome;
import nl.participationsuite.workflow.seats.SeatCompositionOutcome;
import nl.participationsuite.workflow.tasks.TaskOutcome;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The coordinator registers a success in real headless Chromium, by keyboard, once the trajectory
 * works together: the page offers Anna's input and the vision's criterion, refuses an empty form
 * next to its fields, and the registered success is linked to both, on the trajectory page, with the
 * task to make it visible waiting. Then the coordinator records that Bram's approved travel costs were
 * paid, and the page shows the investment. Every page passes axe-core.
 */
@WebIntegrationTest
class RegisterSuccessBrowserIntegrationTests {

    private static final String SUCCESS = "Twee bankjes bij de bushalte";

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
    InputWorkflow inputs;

    @Autowired
    VisionService visions;

    @Autowired
    SuccessService successes;

    @Autowired
    SupportService support;

    @Autowired
    Clock clock;

    @Test
    void coordinatorRegistersASuccessLinkedToAnnasInputAndMarksApprovedTravelCostsAsPaid() {
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Setup setup = workingTogether(coordinator);
        Member anna = setup.residents().get(0);
        ResidentInput input = inputs.receive(new ReceiveInput(setup.id(), anna.participant(), coordinator.id(),
                InputChannel.MEETING, null, "Kunnen er bankjes bij de bushalte komen? Dan kan mijn moeder daar uitrusten.",
                null));
        Member bram = setup.residents().get(1);
        SupportRequest travel = support.requestTravelCost(setup.id(), new RequestTravelCost(bram.participant(),
                LocalDate.now(clock), "Hoonhorst", "Dalfsen", 1250L));
        support.approve(travel.id(), coordinator.id());
        String trajectoryPage = "/werkruimte/trajecten/" + setup.id();

        try (Browser browser = Browser.open()) {
            browser.go(app(trajectoryPage));
            browser.logInAtKeycloak("coordinator");
            browser.pressEnterOn(By.linkText("Een succes registreren"));
            assertThat(browser.text()).contains("Een succes registreren").contains(setup.reference())
                    .contains("Anna Jansen: Kunnen er bankjes bij de bushalte komen? Dan…")
                    .contains("Inbreng krijgt binnen twee weken antwoord");
            assertThat(browser.driver().findElement(By.id("achievedOn")).getAttribute("value"))
                    .isEqualTo(LocalDate.now(clock).toString());
            browser.assertAccessible();
            browser.screenshot("workspace-register-success");

            browser.pressEnterOn(By.id("title"));
            assertThat(browser.text()).contains("Wat voor succes is het? – Kies een van de mogelijkheden.")
                    .contains("Wat is er bereikt? – Vul dit veld in.");
            browser.assertAccessible();

            browser.driver().findElement(By.id("kind")).sendKeys(Keys.SPACE);
            browser.driver().findElement(By.id("title")).sendKeys(SUCCESS);
            browser.driver().findElement(By.id("description")).sendKeys("De gemeente plaatste ze na de wijkschouw.");
            browser.driver().findElement(By.id("inputIds")).sendKeys(Keys.SPACE);
            browser.driver().findElement(By.id("successCriterionIds")).sendKeys(Keys.SPACE);
            browser.pressEnterOn(By.id("title"));

            assertThat(browser.driver().getCurrentUrl()).as(browser::text).endsWith(trajectoryPage);
            assertThat(euros(browser)).contains("Het succes is geregistreerd.").contains(SUCCESS)
                    .contains("Geïnvesteerd in inwoners: € 0,00 uitbetaald van € 12,50 toegekend.");
            browser.assertAccessible();

            browser.pressEnterOn(By.xpath("//form[contains(@action, '/" + travel.id() + "/betaald')]//button"));
            assertThat(euros(browser)).contains("De aanvraag staat op uitbetaald.")
                    .contains("Geïnvesteerd in inwoners: € 12,50 uitbetaald van € 12,50 toegekend.")
                    .doesNotContain("Markeren als uitbetaald");
            browser.assertAccessible();
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('support').scrollIntoView()");
            browser.screenshot("workspace-support-paid");
        }
        assertThat(support.get(travel.id()).status()).isEqualTo(SupportStatus.PAID);
        assertThat(successes.successes(setup.id())).singleElement().satisfies(success -> {
            assertThat(success.kind()).isEqualTo(SuccessKind.QUICK_WIN);
            assertThat(success.title()).isEqualTo(SUCCESS);
            assertThat(success.inputIds()).containsExactly(input.id());
            assertThat(success.successCriterionIds()).containsExactly(
                    visions.adopted(setup.id()).orElseThrow().successCriteria().get(0).id());
        });
        assertThat(SteeringGroupTrajectory.tasks(workflow, setup, setup.coordinator(), Activities.MAKE_SUCCESS_VISIBLE))
                .hasSize(1);
    }

    /** The fixture's trajectory with a steering group of Anna, Bram and the coordinator who all took their seat. */
    private Setup workingTogether(Person coordinator) {
        Setup setup = SteeringGroupTrajectory.atComposeSteeringGroup(coordinator, workflow, trajectories, people,
                involvement);
        Member anna = setup.residents().get(0);
        Member bram = setup.residents().get(1);
        LocalDate from = LocalDate.now(clock);
        complete(setup, setup.coordinator(), Activities.COMPOSE_STEERING_GROUP, new SeatCompositionOutcome(List.of(
                new SeatAssignment(anna.participant(), from, from.plusYears(2), Set.of(Background.YOUTH)),
                new SeatAssignment(bram.participant(), from, from.plusYears(2), Set.of(Background.LOW_INCOME)),
                new SeatAssignment(setup.coordinator().participant(), from, from.plusYears(2), Set.of())), null));
        for (Member resident : List.of(anna, bram)) {
            complete(setup, resident, Activities.ACCEPT_SEAT,
                    new SeatAcceptanceOutcome(SeatAcceptanceOutcome.Answer.ACCEPT, null));
        }
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.WORKING_TOGETHER);
        return setup;
    }

    private void complete(Setup setup, Member member, String definitionKey, TaskOutcome outcome) {
        workflow.complete(SteeringGroupTrajectory.tasks(workflow, setup, member, definitionKey).get(0).id(),
                member.person(), outcome);
    }

    /** The page's text with the no-break space of Dutch euro amounts (€ 12,50) as a plain space. */
    private static String euros(Browser browser) {
        return browser.text().replace('\u00a0', ' ');
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
