package nl.participationsuite.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.testsupport.Browser;
import nl.participationsuite.testsupport.LinkedAccounts;
import nl.participationsuite.testsupport.WebIntegrationTest;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory.Member;
import nl.participationsuite.web.workspace.tasks.SteeringGroupTrajectory.Setup;
import nl.participationsuite.web.workspace.trajectory.FilledTrajectory;
import nl.participationsuite.web.workspace.trajectory.FilledTrajectory.Filled;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.roles.RoleAgreementResponseOutcome;
import nl.participationsuite.workflow.roles.RoleProposalOutcome;
import nl.participationsuite.workflow.tasks.TaskOutcome;
import nl.participationsuite.workflow.tasks.TaskSearch;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import nl.participationsuite.workflow.vision.VisionReviewOutcome;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The two personal tasks the other portal browser tests do not reach, in real headless Chromium and
 * Keycloak, with axe-core on each page: resident1 asks to talk about the role agreement proposed to
 * them (the coordinator then gets the renegotiation), and answers the ten statements of a conditions
 * check that the process opened on its timer.
 */
@WebIntegrationTest
class PortalRoleAndConditionsBrowserIntegrationTests {

    private static final By SUBMIT = By.xpath("//main//form//button[@type='submit']");

    @LocalServerPort
    int port;

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    InvolvementService involvement;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JwtDecoder jwt;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Test
    void anoukAsksToTalkAboutHerRoleAndAnswersTheConditionsCheck() {
        Person coordinator = person("coordinator");
        Person anouk = person("resident1");
        Setup roles = atRoleResponses(coordinator, anouk);
        Member me = roles.residents().get(roles.residents().size() - 1);
        Filled working = beans.createBean(FilledTrajectory.class).build(coordinator, person("professional"),
                "Gezond en wel in Lemelerveld", List.of(anouk));
        TrajectoryId checked = working.trajectory().id();
        conditionsCheckIsDue(checked);
        By roleTask = linkTo(taskOf(anouk, roles.id(), Activities.RESPOND_TO_ROLE_AGREEMENT));
        By conditionsTask = linkTo(taskOf(anouk, checked, Activities.CONDITIONS_CHECK_TASK));

        try (Browser browser = Browser.open()) {
            browser.go(app("/portaal"));
            browser.logInAtKeycloak("resident1");
            assertThat(browser.text()).contains("Reageren op uw rolafspraak")
                    .contains("De randvoorwaarden voor participatie beoordelen");

            assertThat(browser.driver().findElement(roleTask).getText()).isEqualTo("Reageren op uw rolafspraak");
            browser.pressEnterOn(roleTask);
            assertThat(browser.text()).contains("Meedoen aan de stuurgroep").contains("4 uur per maand");
            browser.assertAccessible();
            browser.driver().findElement(By.id("answer-RENEGOTIATE")).sendKeys(Keys.SPACE);
            browser.driver().findElement(By.id("comment")).sendKeys("Zes uur is te veel naast mijn werk, liever vier.");
            browser.pressEnterOn(SUBMIT);
            assertThat(browser.text()).contains("Dank u wel. Uw antwoord is opgeslagen.");
            browser.assertAccessible();

            assertThat(browser.driver().findElement(conditionsTask).getText())
                    .isEqualTo("De randvoorwaarden voor participatie beoordelen");
            browser.pressEnterOn(conditionsTask);
            assertThat(browser.text()).contains("Gezond en wel in Lemelerveld");
            browser.assertAccessible();
            browser.phoneScreenshot("portal-conditions-check");
            browser.pressEnterOn(SUBMIT);
            assertThat(browser.text()).contains("Controleer");
            browser.assertAccessible();
            for (Condition condition : Condition.values()) {
                browser.driver().findElement(By.id("answers-" + condition + "-score-4")).sendKeys(Keys.SPACE);
            }
            browser.driver().findElement(By.id("answers-" + Condition.values()[0] + "-remark"))
                    .sendKeys("De rollen zijn nu duidelijk.");
            browser.pressEnterOn(SUBMIT);
            assertThat(browser.text()).contains("Dank u wel. Uw antwoord is opgeslagen.");
            browser.assertAccessible();
        }

        assertThat(SteeringGroupTrajectory.tasks(workflow, roles, roles.coordinator(),
                Activities.RENEGOTIATE_ROLE_AGREEMENT)).as("the coordinator talks it over").hasSize(1);
        assertThat(SteeringGroupTrajectory.tasks(workflow, roles, me, Activities.RESPOND_TO_ROLE_AGREEMENT)).isEmpty();
        List<Integer> scores = jdbc.sql("""
                select s.score from conditions_score s join conditions_answer_set a on a.id = s.answer_set_id
                join conditions_check c on c.id = a.check_id
                where c.trajectory_id = :trajectory and a.participant_id = :participant and c.period_number = 2""")
                .param("trajectory", checked.value()).param("participant", working.residents().get(0).participant().value())
                .query(Integer.class).list();
        assertThat(scores).hasSize(Condition.values().length).containsOnly(4);
    }

    /** Everyone endorsed the vision and the coordinator proposed roles; all but Anouk accepted theirs. */
    private Setup atRoleResponses(Person coordinator, Person anouk) {
        Setup setup = SteeringGroupTrajectory.atVisionReview(coordinator, List.of(anouk), workflow, trajectories, people,
                involvement);
        for (Member member : setup.everyone()) {
            complete(setup, member, Activities.REVIEW_VISION, new VisionReviewOutcome(ReviewVerdict.ENDORSED, null));
        }
        List<RoleProposalOutcome.Proposal> proposals = new ArrayList<>();
        for (Member member : setup.everyone()) {
            Role role = member == setup.coordinator() ? Role.COORDINATOR
                    : member == setup.professional() ? Role.PROFESSIONAL_SUPPORT : Role.DECISION_MAKER;
            proposals.add(new RoleProposalOutcome.Proposal(member.participant(), role, "Meedoen aan de stuurgroep", 4,
                    "Reiskostenvergoeding"));
        }
        complete(setup, setup.coordinator(), Activities.PROPOSE_ROLE_AGREEMENTS, new RoleProposalOutcome(proposals));
        for (Member member : setup.everyone()) {
            if (!member.person().equals(anouk.id())) {
                complete(setup, member, Activities.RESPOND_TO_ROLE_AGREEMENT,
                        new RoleAgreementResponseOutcome(RoleAgreementResponseOutcome.Answer.ACCEPT, null));
            }
        }
        return setup;
    }

    /** Fires the process's conditions-check timer now, as its 91 days would: everyone gets the check. */
    private void conditionsCheckIsDue(TrajectoryId id) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id.toString()).singleResult()
                .getId();
        Job timer = management.createJobQuery().processInstanceId(instance).activityId("ConditionsCheckDue").singleResult();
        management.executeJob(timer.getId());
    }

    /** Anouk's one task of this kind in this trajectory (she may have others from other tests). */
    private String taskOf(Person anouk, TrajectoryId trajectory, String definitionKey) {
        List<WorkflowTask> found = workflow.tasks(TaskSearch.of(anouk.id())).stream()
                .filter(task -> task.trajectoryId().equals(trajectory) && task.definitionKey().equals(definitionKey))
                .toList();
        assertThat(found).hasSize(1);
        return found.get(0).id();
    }

    /** The portal home's link to the task. */
    private static By linkTo(String taskId) {
        return By.cssSelector("main a[href^='/portaal/taken/" + taskId + "']");
    }

    private void complete(Setup setup, Member member, String definitionKey, TaskOutcome outcome) {
        workflow.complete(SteeringGroupTrajectory.tasks(workflow, setup, member, definitionKey).get(0).id(),
                member.person(), outcome);
    }

    private Person person(String user) {
        return LinkedAccounts.person(user, people, organisations, jwt);
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }
}
