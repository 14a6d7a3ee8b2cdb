package nl.participationsuite.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import nl.participationsuite.domain.admin.AdminAction;
import nl.participationsuite.domain.admin.AdminActions;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.web.accounts.PortalAccounts;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.workflow.TrajectoryProcess;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;

/**
 * The administrator, in real headless Chromium after the Keycloak login, gives a failed engine job
 * another try, moves running trajectories to a new version of the process (a trial first) and
 * makes a new activation letter with which a resident logs in again, all from the admin pages,
 * which pass axe-core and are refused to everyone else.
 */
@WebIntegrationTest
class AdminBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    AdminActions actions;

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    @Autowired
    PortalAccounts accounts;

    @Test
    void theAdministratorRetriesAFailedJobAndMovesTrajectoriesToTheNewestProcessVersion() throws IOException {
        Job failed = aJobThatFailedThreeTimes();
        Person coordinator = LinkedAccounts.person("coordinator", people, organisations, jwt);
        Trajectory trajectory = workflow.start(new StartTrajectory("Samen sporten in Nieuwleusen", "Bewegen",
                "Dalfsen", TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION,
                coordinator.organisationId(), coordinator.id(), coordinator.id(), null, null));
        String oldVersion = instanceOf(trajectory);
        deployTheProcessAgain();

        try (Browser browser = Browser.open()) {
            browser.go(app("/beheer"));
            browser.logInAtKeycloak("admin");

            assertThat(browser.text()).contains("Beheer van de werkstromen").contains("Mislukte taken van de machine")
                    .contains("Activity_Fails").contains("Versies van het trajectproces");
            browser.assertAccessible();
            browser.screenshot("admin");

            browser.pressEnterOn(By.cssSelector("button[aria-label='Taak " + failed.getId() + " opnieuw proberen']"));
            assertThat(browser.text()).contains("De taak wordt opnieuw geprobeerd.").contains("Taak opnieuw geprobeerd");
            browser.assertAccessible();
            assertThat(managementService.createJobQuery().jobId(failed.getId()).singleResult().getRetries()).isEqualTo(1);

            browser.pressEnterOn(By.xpath("//button[starts-with(., 'Proef: overzetten')]"));
            assertThat(browser.text()).contains("kunnen zonder problemen over").contains("Er is nog niets veranderd.");
            browser.assertAccessible();
            assertThat(instanceOf(trajectory)).isEqualTo(oldVersion);

            browser.pressEnterOn(By.xpath("//button[contains(., 'nu overzetten naar versie')]"));
            assertThat(browser.text()).contains("lopen nu op versie");
            browser.assertAccessible();
        }
        assertThat(instanceOf(trajectory)).isNotEqualTo(oldVersion).isEqualTo(repositoryService
                .createProcessDefinitionQuery().processDefinitionKey(TrajectoryProcess.PROCESS_KEY).latestVersion()
                .singleResult().getId());
        assertThat(actions.latest(PageRequest.of(0, 2))).extracting(AdminAction::kind)
                .containsExactly(AdminAction.Kind.TRAJECTORIES_MIGRATED, AdminAction.Kind.JOB_RETRIED);
        runtimeService.deleteProcessInstance(failed.getProcessInstanceId(), "test done");
    }

    @Test
    void theAdministratorMakesANewActivationLetterWithWhichTheResidentLogsInAgain() {
        String username = "kwijt." + java.util.UUID.randomUUID().toString().substring(0, 8);
        accounts.createResident(new PortalAccounts.NewResidentAccount(username, null, "Fenna", "Brink",
                "Eerste-code-" + username));

        String code;
        try (Browser admin = Browser.open()) {
            admin.go(app("/beheer"));
            admin.logInAtKeycloak("admin");
            admin.pressEnterOn(By.linkText("Nieuwe activeringsbrief voor een inwoner"));
            admin.assertAccessible();

            admin.driver().findElement(By.id("gebruikersnaam")).sendKeys("niemand.hier" + Keys.ENTER);
            assertThat(admin.text()).contains("Er is geen portaalaccount van een inwoner met deze gebruikersnaam.");
            admin.assertAccessible();

            admin.driver().findElement(By.id("gebruikersnaam")).clear();
            admin.driver().findElement(By.id("gebruikersnaam")).sendKeys("professional" + Keys.ENTER);
            assertThat(admin.text()).as("only residents' accounts").contains("Er is geen portaalaccount van een inwoner");

            admin.driver().findElement(By.id("gebruikersnaam")).clear();
            admin.driver().findElement(By.id("gebruikersnaam")).sendKeys(username + Keys.ENTER);
            assertThat(admin.text()).contains("Portaalaccount " + username).contains("Fenna Brink").contains("Actief");
            admin.assertAccessible();

            admin.pressEnterOn(By.xpath("//button[normalize-space()='Nieuwe code maken en brief tonen']"));
            assertThat(admin.text()).contains("Beste Fenna Brink,").contains(username).contains("Uw oude wachtwoord werkt niet meer.");
            admin.assertAccessible();
            admin.screenshot("admin-activation-letter");
            code = admin.driver().findElement(By.cssSelector("code.activation-code")).getText();
        }
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(actions.latest(PageRequest.of(0, 1))).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo(AdminAction.Kind.ACTIVATION_CODE_RENEWED);
            assertThat(action.target()).doesNotContain(username).doesNotContain("Fenna");
        });

        try (Browser resident = Browser.open()) {
            resident.go(app("/portaal"));
            resident.logInWithActivationCode(username, code, "Nieuw-eigen-wachtwoord-9");
            assertThat(resident.driver().getCurrentUrl()).startsWith(app(""));
        }
    }

    @Test
    void theAdminAreaIsRefusedToAProfessional() {
        try (Browser browser = Browser.open()) {
            browser.go(app("/beheer"));
            browser.logInAtKeycloak("professional");

            assertThat(browser.text()).contains("U hebt geen toegang tot deze pagina.")
                    .doesNotContain("Beheer van de werkstromen");
        }
    }

    /**
     * A job that failed three times: a timer due tomorrow, run now by hand, whose next step cannot
     * run. The job executor leaves it alone (it is not due), so another try stays a try.
     */
    private Job aJobThatFailedThreeTimes() {
        repositoryService.createDeployment().addModelInstance("admin-browser-failing.bpmn", Bpmn
                .createExecutableProcess("admin-browser-failing").camundaHistoryTimeToLive(1).startEvent()
                .intermediateCatchEvent("Event_Tomorrow").timerWithDuration("P1D")
                .serviceTask("Activity_Fails").camundaClass("nl.participationsuite.DoesNotExist").endEvent().done()).deploy();
        String instance = runtimeService.startProcessInstanceByKey("admin-browser-failing", "job-under-test").getId();
        Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                managementService.executeJob(job.getId());
            }
            catch (RuntimeException expected) {
                // the engine counts the failure down in its own transaction
            }
        }
        return job;
    }

    private String instanceOf(Trajectory trajectory) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectory.id().toString())
                .singleResult().getProcessDefinitionId();
    }

    private void deployTheProcessAgain() throws IOException {
        // as a release deploys it: the process with the decision it calls, which it finds in its own deployment
        try (InputStream process = new ClassPathResource("bpmn/" + TrajectoryProcess.PROCESS_KEY + ".bpmn").getInputStream();
                InputStream decision = new ClassPathResource("dmn/early-involvement-ready.dmn").getInputStream()) {
            repositoryService.createDeployment().name("admin-test-new-version")
                    .addInputStream(TrajectoryProcess.PROCESS_KEY + ".bpmn", process)
                    .addInputStream("early-involvement-ready.dmn", decision).deploy();
        }
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
