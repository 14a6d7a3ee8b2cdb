package nl.participationsuite.web.workspace.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.VisionContent.Criterion;
import nl.participationsuite.domain.vision.VisionContent.Expectation;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.tasks.VisionDraftSetup.AtDraft;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import nl.participationsuite.workflow.vision.VisionDraftOutcome;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The coordinator sets the trajectory's response time on its settings page; the review task every
 * participant then gets is due that many days later, and the inbox and the task page say so.
 */
@WebIntegrationTest
class ResponseDeadlineBrowserIntegrationTests {

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
    Clock clock;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    RuntimeService runtimeService;

    @Test
    void theReviewersTaskIsDueAfterTheResponseTimeTheCoordinatorSet() {
        String token = LinkedAccounts.token("coordinator", people, organisations, jwt);
        Person coordinator = people.findByKeycloakSubject(jwt.decode(token).getSubject()).orElseThrow();
        AtDraft at = VisionDraftSetup.playUpToTheDraft(coordinator, "Op tijd antwoord in Lemelerveld", workflow, trajectories,
                involvement, people);

        try (Browser browser = Browser.open()) {
            browser.go(app("/werkruimte/trajecten/" + at.trajectory().id()));
            browser.logInAtKeycloak("coordinator");
            WebDriver driver = browser.driver();
            browser.clickAndWait(By.linkText("De reactietermijn instellen"));
            assertThat(driver.getCurrentUrl()).endsWith("/werkruimte/trajecten/" + at.trajectory().id() + "/reactietermijn");
            assertThat(driver.findElement(By.id("responseDays")).getAttribute("value")).isEqualTo("14");
            browser.assertAccessible();

            driver.findElement(By.id("responseDays")).clear();
            driver.findElement(By.id("responseDays")).sendKeys("0");
            browser.pressEnterOn(By.id("responseDays"));
            assertThat(browser.text()).contains("Reactietermijn in dagen – Vul minstens 1 in.");
            assertThat(driver.getTitle()).startsWith("Fout:");
            browser.assertAccessible();

            driver.findElement(By.id("responseDays")).clear();
            driver.findElement(By.id("responseDays")).sendKeys("10");
            browser.pressEnterOn(By.id("responseDays"));
            assertThat(browser.text()).contains("De reactietermijn is opgeslagen.");
            assertThat(trajectories.get(at.trajectory().id()).responseTime().days()).isEqualTo(10);

            Instant asked = clock.instant();
            workflow.complete(at.draft().id(), coordinator.id(), new VisionDraftOutcome("Iedereen krijgt op tijd antwoord",
                    List.of(new Expectation(Party.RESIDENTS, null, "Meedenken over de activiteiten")),
                    List.of(new Criterion("Inbreng krijgt op tijd antwoord", "Registratie van inbreng", "90 procent"))));
            WorkflowTask review = workflow.tasks(TaskSearch.of(coordinator.id())).stream()
                    .filter(task -> task.trajectoryId().equals(at.trajectory().id())
                            && task.definitionKey().equals(Activities.REVIEW_VISION))
                    .findFirst().orElseThrow();
            assertThat(review.due()).isBetween(asked.plus(Duration.ofDays(10)), clock.instant().plus(Duration.ofDays(10)));
            String dueText = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(clock.getZone()).format(review.due());

            browser.go(app("/werkruimte?traject=" + at.trajectory().id()));
            String reviewRow = driver.findElement(By.xpath("//tr[th/a[contains(@href, '" + review.id() + "')]]")).getText();
            assertThat(reviewRow).contains("Gezamenlijke visie beoordelen").contains(dueText).doesNotContain("Geen termijn");
            browser.assertAccessible();

            browser.go(app("/werkruimte/taken/" + review.id()));
            assertThat(browser.text()).contains(dueText).doesNotContain("Geen termijn");
        }
    }

    @Test
    void theCoordinatorAsksASilentResidentAgainThenRecordsThatSheStepsBack() {
        String token = LinkedAccounts.token("coordinator", people, organisations, jwt);
        Person coordinator = people.findByKeycloakSubject(jwt.decode(token).getSubject()).orElseThrow();
        AtDraft at = VisionDraftSetup.playUpToTheDraft(coordinator, "Niemand houdt het traject op", workflow, trajectories,
                involvement, people);
        workflow.complete(at.draft().id(), coordinator.id(), new VisionDraftOutcome("Iedereen krijgt op tijd antwoord",
                List.of(new Expectation(Party.RESIDENTS, null, "Meedenken over de activiteiten")),
                List.of(new Criterion("Inbreng krijgt op tijd antwoord", "Registratie van inbreng", "90 procent"))));
        String fatima = at.resident().personId().toString();
        passTheDueDateOf(fatima, Activities.VISION_REVIEW_OVERDUE);

        try (Browser browser = Browser.open()) {
            browser.go(app("/werkruimte/taken/" + followUp(at).id()));
            browser.logInAtKeycloak("coordinator");
            WebDriver driver = browser.driver();
            assertThat(driver.getCurrentUrl()).endsWith("/stille-deelnemer-opvolgen");
            assertThat(browser.text()).contains("Opvolgen: iemand heeft de visie niet beoordeeld")
                    .contains("Fatima El Amrani").contains("De visie beoordelen");
            browser.assertAccessible();

            browser.pressEnterOn(By.xpath("//button[contains(., 'Opvolging vastleggen')]"));
            assertThat(browser.text()).contains("Wat gebeurt er nu?: Kies een van de mogelijkheden.");
            assertThat(driver.getTitle()).startsWith("Fout:");
            browser.assertAccessible();

            driver.findElement(By.id("decision")).sendKeys(Keys.SPACE);
            browser.pressEnterOn(By.xpath("//button[contains(., 'Opvolging vastleggen')]"));
            assertThat(browser.text()).contains("De taak is afgerond");
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(at.trajectory().id().toString())
                    .taskDefinitionKey(Activities.REVIEW_VISION).taskAssignee(fatima).count())
                    .as("asked again: her review stays open").isEqualTo(1);

            passTheDueDateOf(fatima, Activities.VISION_REVIEW_NEW_DUE_DATE_PASSED);
            browser.go(app("/werkruimte/taken/" + followUp(at).id()));
            driver.findElement(By.id("decision-STEP_BACK")).sendKeys(Keys.SPACE);
            browser.pressEnterOn(By.xpath("//button[contains(., 'Opvolging vastleggen')]"));
            assertThat(browser.text()).contains("De taak is afgerond");
        }

        assertThat(trajectories.get(at.trajectory().id()).participant(at.resident().id()).isActive()).isFalse();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(at.trajectory().id().toString())
                .taskAssignee(fatima).count()).as("her review is withdrawn").isZero();
        assertThat(trajectories.responseReminders(at.trajectory().id())).hasSize(2);
    }

    /** Fires the timer of the person's wait now, as the job executor would when its date comes. */
    private void passTheDueDateOf(String person, String timer) {
        List<Job> jobs = managementService.createJobQuery().activityId(timer).list().stream()
                .filter(job -> person.equals(runtimeService.getVariable(job.getExecutionId(), VariableNames.AWAITED_PERSON_ID)))
                .toList();
        assertThat(jobs).as("the %s timer of %s", timer, person).hasSize(1);
        managementService.executeJob(jobs.get(0).getId());
    }

    private WorkflowTask followUp(AtDraft at) {
        return workflow.tasks(TaskSearch.of(trajectories.get(at.trajectory().id()).coordinatorId())).stream()
                .filter(task -> task.trajectoryId().equals(at.trajectory().id())
                        && task.definitionKey().equals(Activities.VISION_REVIEW_FOLLOW_UP))
                .findFirst().orElseThrow();
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
