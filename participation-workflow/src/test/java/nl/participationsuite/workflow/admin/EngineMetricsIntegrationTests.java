package nl.participationsuite.workflow.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.WorkflowIntegrationTest;
import nl.participationsuite.workflow.admin.EngineMetrics.Count;

/** The engine's figures for monitoring, on the real PostgreSQL. */
@WorkflowIntegrationTest
class EngineMetricsIntegrationTests {

    @Autowired
    EngineMetrics metrics;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Test
    void aJobThatRanOutOfTriesCountsAsAFailedJobWithAnOpenIncident() {
        EngineMetrics.Snapshot before = metrics.read();
        String instance = FailingJobs.outOfTries(repositoryService, runtimeService, managementService, "metrics-failing",
                null).getProcessInstanceId();

        EngineMetrics.Snapshot after = metrics.read();

        assertThat(after.failedJobs()).isEqualTo(before.failedJobs() + 1);
        assertThat(after.openIncidents()).isEqualTo(before.openIncidents() + 1);
        for (Count count : Count.values()) {
            assertThat(after.count(count)).as("%s only grows", count).isGreaterThanOrEqualTo(before.count(count));
        }
        runtimeService.deleteProcessInstance(instance, "test done");
        assertThat(metrics.read().openIncidents()).isEqualTo(before.openIncidents());
    }

    @Test
    void theKindsOfTaskAreTheUserTasksOfTheNewestTrajectoryProcess() {
        assertThat(metrics.userTaskKinds()).contains(Activities.RESPOND_TO_INPUT).doesNotContain(FailingJobs.FAILING_ACTIVITY)
                .doesNotHaveDuplicates().isSorted();
    }
}
