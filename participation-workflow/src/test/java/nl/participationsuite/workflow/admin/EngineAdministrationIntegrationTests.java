package nl.participationsuite.workflow.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import nl.participationsuite.domain.admin.AdminAction;
import nl.participationsuite.domain.admin.AdminActions;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.workflow.TrajectoryProcess;
import nl.participationsuite.workflow.WorkflowFixture;
import nl.participationsuite.workflow.WorkflowIntegrationTest;

/**
 * The operator's view of the engine on the real PostgreSQL: a job that failed three times is listed
 * without anything personal and tried again on request, recorded with who did it; running
 * trajectories move to a newer version of the process, tried first without keeping anything.
 */
@WorkflowIntegrationTest
class EngineAdministrationIntegrationTests {

    @Autowired
    EngineAdministration administration;

    @Autowired
    AdminActions actions;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    WorkflowFixture fixture;

    @Test
    void aJobThatFailedThreeTimesIsListedAndTriedAgainWithWhoDidIt() {
        Job job = FailingJobs.outOfTries(repositoryService, runtimeService, managementService, "admin-failing",
                "trajectory-under-test");
        String instance = job.getProcessInstanceId();

        assertThat(administration.failedJobs()).filteredOn(failed -> failed.jobId().equals(job.getId()))
                .singleElement().satisfies(failed -> {
                    assertThat(failed.trajectoryId()).isEqualTo("trajectory-under-test");
                    assertThat(failed.activityId()).isEqualTo(FailingJobs.FAILING_ACTIVITY);
                    assertThat(failed.message()).isNotBlank().hasSizeLessThanOrEqualTo(EngineAdministration.MESSAGE_LENGTH)
                            .doesNotContain("\n");
                });
        assertThat(administration.failedJobCount()).isPositive();

        administration.retry(job.getId(), "admin-subject");

        assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(1);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(actions.findAll()).filteredOn(action -> action.target().equals("job " + job.getId()))
                .singleElement().satisfies(action -> {
                    assertThat(action.kind()).isEqualTo(AdminAction.Kind.JOB_RETRIED);
                    assertThat(action.actor()).isEqualTo("admin-subject");
                    assertThat(action.result()).isEqualTo("trajectory trajectory-under-test");
                });
        assertThatThrownBy(() -> administration.retry(job.getId(), "admin-subject"))
                .as("a job with tries left is not a failed job").isInstanceOf(NotFoundException.class);
        runtimeService.deleteProcessInstance(instance, "test done");
    }

    @Test
    void runningTrajectoriesMoveToTheNewestVersionAfterATrialThatKeepsNothing() throws IOException {
        WorkflowFixture.Setup trajectory = fixture.start(3, 1);
        String before = fixture.instance(trajectory.id()).getProcessDefinitionId();
        deployTheProcessAgain();
        List<EngineAdministration.ProcessVersion> versions = administration.versions();
        assertThat(versions.get(0).newest()).isTrue();
        assertThat(versions).filteredOn(version -> version.definitionId().equals(before)).singleElement()
                .satisfies(version -> assertThat(version.running()).isPositive());

        EngineAdministration.Migration trial = administration.migrate(before, true, "admin-subject");

        assertThat(trial.problems()).isEmpty();
        assertThat(trial.trajectories()).isPositive();
        assertThat(fixture.instance(trajectory.id()).getProcessDefinitionId()).as("a trial keeps nothing")
                .isEqualTo(before);

        EngineAdministration.Migration done = administration.migrate(before, false, "admin-subject");

        assertThat(done.possible()).isTrue();
        assertThat(fixture.instance(trajectory.id()).getProcessDefinitionId()).isEqualTo(versions.get(0).definitionId());
        // the test's clock moves, so the action is looked for by what it says rather than by when
        assertThat(actions.findAll()).filteredOn(action -> action.kind() == AdminAction.Kind.TRAJECTORIES_MIGRATED)
                .filteredOn(action -> action.target().equals("trajectory v" + trial.sourceVersion() + " to v"
                        + trial.targetVersion()))
                .singleElement().satisfies(action -> assertThat(action.actor()).isEqualTo("admin-subject"));
        assertThatThrownBy(() -> administration.migrate(versions.get(0).definitionId(), true, "admin-subject"))
                .hasMessageContaining("newest");
    }

    @Test
    void aNewVersionWithoutTheDecisionItCallsIsRefusedBeforeAnyTrajectoryMoves() throws IOException {
        WorkflowFixture.Setup trajectory = fixture.start(3, 1);
        String before = fixture.instance(trajectory.id()).getProcessDefinitionId();
        try (InputStream process = new ClassPathResource("bpmn/" + TrajectoryProcess.PROCESS_KEY + ".bpmn").getInputStream()) {
            repositoryService.createDeployment().name("admin-test-without-decision")
                    .addInputStream(TrajectoryProcess.PROCESS_KEY + ".bpmn", process).deploy();
        }
        try {
            EngineAdministration.Migration refused = administration.migrate(before, false, "admin-subject");

            assertThat(refused.possible()).isFalse();
            assertThat(refused.problems()).singleElement().asString().contains("early-involvement-ready");
            assertThat(fixture.instance(trajectory.id()).getProcessDefinitionId()).isEqualTo(before);
        }
        finally {
            // later tests start trajectories on the newest version: it must be a whole release again
            deployTheProcessAgain();
        }
    }

    /** A new version of the trajectory process, as a release with a changed model would deploy it. */
    private void deployTheProcessAgain() throws IOException {
        // as a release deploys it: the process with the decision it calls, which it finds in its own deployment
        try (InputStream process = new ClassPathResource("bpmn/" + TrajectoryProcess.PROCESS_KEY + ".bpmn").getInputStream();
                InputStream decision = new ClassPathResource("dmn/early-involvement-ready.dmn").getInputStream()) {
            repositoryService.createDeployment().name("admin-test-new-version")
                    .addInputStream(TrajectoryProcess.PROCESS_KEY + ".bpmn", process)
                    .addInputStream("early-involvement-ready.dmn", decision).deploy();
        }
    }

    @Test
    void theHistoryCleanUpShowsItsWindowItsNextRunItsLastRunAndWhatItRemoved() {
        EngineAdministration.HistoryCleanup before = administration.historyCleanup();
        assertThat(before.windowStart()).isEqualTo("01:00");
        assertThat(before.windowEnd()).isEqualTo("05:00");
        assertThat(before.nextRunAt()).as("the engine schedules the clean-up in its window").isNotNull();

        // A process whose history may go at once (time-to-live 0 days), ended at once.
        repositoryService.createDeployment().addModelInstance("admin-cleanup.bpmn", Bpmn
                .createExecutableProcess("admin-cleanup").camundaHistoryTimeToLive(0).startEvent().endEvent().done())
                .deploy();
        String ended = runtimeService.startProcessInstanceByKey("admin-cleanup").getId();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(ended).count()).isOne();

        Job cleanup = historyService.cleanUpHistoryAsync(true);
        managementService.executeJob(cleanup.getId());
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDbMetricsReporter()
                .reportNow();

        EngineAdministration.HistoryCleanup after = administration.historyCleanup();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(ended).count()).isZero();
        assertThat(after.lastRunAt()).isNotNull();
        assertThat(after.removedTrajectories()).isGreaterThan(before.removedTrajectories());
        assertThat(after.since()).isBefore(after.lastRunAt());
    }
}
