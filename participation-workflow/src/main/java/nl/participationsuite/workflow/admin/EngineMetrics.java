package nl.participationsuite.workflow.admin;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.reporter.DbMetricsReporter;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.management.MetricsQuery;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;

import nl.participationsuite.workflow.TrajectoryProcess;

/**
 * The engine's own figures for monitoring, without the engine's types: how often this node's job
 * executor looked for jobs and what became of the jobs it ran (the engine's metrics, this node's
 * share: what it logged to the database plus what it counted since), and across all nodes how many
 * jobs ran out of tries and how many incidents are open.
 */
@Service
public class EngineMetrics {

    /** A count the engine keeps per node, only ever growing while the node runs. */
    public enum Count {
        /** Rounds in which the job executor looked for due jobs. */
        JOB_ACQUISITION_ATTEMPTS(Metrics.JOB_ACQUISITION_ATTEMPT),
        /** Jobs the job executor locked for itself. */
        JOBS_ACQUIRED(Metrics.JOB_ACQUIRED_SUCCESS),
        /** Jobs another node locked first. */
        JOBS_NOT_ACQUIRED(Metrics.JOB_ACQUIRED_FAILURE),
        /** Jobs that ran to their end. */
        JOBS_SUCCEEDED(Metrics.JOB_SUCCESSFUL),
        /** Job runs that failed (and are tried again while tries are left). */
        JOBS_FAILED(Metrics.JOB_FAILED),
        /** Acquired jobs the node had no thread for (handed back). */
        JOBS_REJECTED(Metrics.JOB_EXECUTION_REJECTED);

        private final String engineName;

        Count(String engineName) {
            this.engineName = engineName;
        }
    }

    /** The figures at one moment. */
    public record Snapshot(Map<Count, Long> counts, long failedJobs, long openIncidents) {

        public long count(Count count) {
            return counts.getOrDefault(count, 0L);
        }
    }

    private final ManagementService managementService;

    private final RuntimeService runtimeService;

    private final RepositoryService repositoryService;

    private final ProcessEngineConfigurationImpl configuration;

    EngineMetrics(ManagementService managementService, RuntimeService runtimeService,
            RepositoryService repositoryService, ProcessEngineConfigurationImpl configuration) {
        this.managementService = managementService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.configuration = configuration;
    }

    /** Reads every figure: one statement per count, one for failed jobs and one for incidents. */
    public Snapshot read() {
        String reporter = reporter();
        Map<Count, Long> counts = new EnumMap<>(Count.class);
        for (Count count : Count.values()) {
            MetricsQuery query = managementService.createMetricsQuery().name(count.engineName);
            if (reporter != null) {
                query.reporter(reporter);
            }
            counts.put(count, query.sum());
        }
        return new Snapshot(counts, managementService.createJobQuery().noRetriesLeft().count(),
                runtimeService.createIncidentQuery().count());
    }

    /**
     * The kinds of user task the newest version of the trajectory process has (the ids of its user
     * tasks), for a figure per kind that is there, at 0, before the first task of the kind.
     */
    public List<String> userTaskKinds() {
        ProcessDefinition newest = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(TrajectoryProcess.PROCESS_KEY).latestVersion().singleResult();
        if (newest == null) {
            return List.of();
        }
        return repositoryService.getBpmnModelInstance(newest.getId()).getModelElementsByType(UserTask.class).stream()
                .map(UserTask::getId).distinct().sorted().toList();
    }

    /** This node's name in the engine's metrics log; none when the engine does not log metrics. */
    private String reporter() {
        DbMetricsReporter reporter = configuration.getDbMetricsReporter();
        return reporter == null || reporter.getMetricsCollectionTask() == null ? null
                : reporter.getMetricsCollectionTask().getReporter();
    }
}
