package nl.participationsuite.workflow.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import nl.participationsuite.domain.admin.AdminAction;
import nl.participationsuite.domain.admin.AdminActions;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.workflow.TrajectoryProcess;

/**
 * The engine as an operator sees it: failed jobs and another try for them, process versions and
 * moving running trajectories to the newest one. What it shows names trajectories by their id and
 * steps by their id in the model, never a person; every change is recorded ({@link AdminAction}) in
 * the transaction that makes it.
 */
@Service
public class EngineAdministration {

    /** The most failed jobs one page lists; more are counted, and retried all at once. */
    public static final int FAILED_JOBS_SHOWN = 100;

    /** How far back the page counts what the history clean-up removed. */
    public static final Duration CLEANUP_REPORTED = Duration.ofDays(7);

    /** How much of an error message is shown: the first line, at most this long. */
    static final int MESSAGE_LENGTH = 300;

    private final ManagementService managementService;

    private final RepositoryService repositoryService;

    private final RuntimeService runtimeService;

    private final HistoryService historyService;

    private final ProcessEngineConfigurationImpl configuration;

    private final AdminActions actions;

    private final TransactionTemplate transactions;

    private final Clock clock;

    EngineAdministration(ManagementService managementService, RepositoryService repositoryService,
            RuntimeService runtimeService, HistoryService historyService, ProcessEngine engine, AdminActions actions,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.managementService = managementService;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.actions = actions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * A job the engine gave up on (no tries left): where in which trajectory, when it last failed and
     * why (the first line of the error, shortened), with its incident when one was raised.
     */
    public record FailedJob(String jobId, String trajectoryId, String processVersion, String activityId, Instant failedAt,
            String message) {
    }

    /** A version of the trajectory process: deployed when, and how many trajectories run on it. */
    public record ProcessVersion(String definitionId, int version, Instant deployedAt, long running, boolean newest) {
    }

    /**
     * What moving the trajectories of a version to the newest would do or did: how many, and what
     * stands in the way (the plan's or a trajectory's problems, by step), nothing being moved then.
     */
    public record Migration(String sourceDefinitionId, int sourceVersion, int targetVersion, int trajectories,
            boolean dryRun, List<String> problems) {

        public boolean possible() {
            return problems.isEmpty();
        }
    }

    /**
     * The engine's history clean-up: the nightly window it runs in (engine time, e.g. {@code 01:00}
     * to {@code 05:00}), when it runs next, when a run last ended well (null: not since the engine
     * kept its log), and how many trajectories (process instances), decisions and batch operations
     * it removed since {@code since}. The removed counts come from the engine's metrics, which each
     * node writes to the database every 15 minutes, so the latest run may show a little later.
     */
    public record HistoryCleanup(String windowStart, String windowEnd, Instant nextRunAt, Instant lastRunAt,
            Instant since, long removedTrajectories, long removedDecisions, long removedBatches) {
    }

    /** How the history clean-up is doing: its window, next run, last good run and what it removed in the last week. */
    @Transactional(readOnly = true)
    public HistoryCleanup historyCleanup() {
        List<Job> jobs = historyService.findHistoryCleanupJobs();
        Instant next = jobs.stream().map(Job::getDuedate).filter(due -> due != null).map(Date::toInstant)
                .min(Instant::compareTo).orElse(null);
        Instant last = null;
        for (Job job : jobs) {
            List<HistoricJobLog> logs = historyService.createHistoricJobLogQuery().jobId(job.getId()).successLog()
                    .orderByTimestamp().desc().listPage(0, 1);
            if (!logs.isEmpty()) {
                Instant at = logs.get(0).getTimestamp().toInstant();
                last = last == null || at.isAfter(last) ? at : last;
            }
        }
        Instant since = clock.instant().minus(CLEANUP_REPORTED);
        return new HistoryCleanup(configuration.getHistoryCleanupBatchWindowStartTime(),
                configuration.getHistoryCleanupBatchWindowEndTime(), next, last, since,
                removed(Metrics.HISTORY_CLEANUP_REMOVED_PROCESS_INSTANCES, since),
                removed(Metrics.HISTORY_CLEANUP_REMOVED_DECISION_INSTANCES, since),
                removed(Metrics.HISTORY_CLEANUP_REMOVED_BATCH_OPERATIONS, since));
    }

    private long removed(String metric, Instant since) {
        return managementService.createMetricsQuery().name(metric).startDate(Date.from(since)).sum();
    }

    /** The failed jobs, oldest failure first, at most {@link #FAILED_JOBS_SHOWN}. */
    @Transactional(readOnly = true)
    public List<FailedJob> failedJobs() {
        List<Job> jobs = managementService.createJobQuery().noRetriesLeft().orderByJobDuedate().asc()
                .listPage(0, FAILED_JOBS_SHOWN);
        Map<String, ProcessDefinition> definitions = definitions();
        Map<String, String> businessKeys = businessKeys(jobs.stream().map(Job::getProcessInstanceId).toList());
        Map<String, Incident> incidents = runtimeService.createIncidentQuery()
                .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).list().stream()
                        .filter(incident -> incident.getConfiguration() != null)
                        .collect(Collectors.toMap(Incident::getConfiguration, Function.identity(), (a, b) -> a));
        List<FailedJob> failed = new ArrayList<>();
        for (Job job : jobs) {
            Incident incident = incidents.get(job.getId());
            ProcessDefinition definition = definitions.get(job.getProcessDefinitionId());
            failed.add(new FailedJob(job.getId(), businessKeys.get(job.getProcessInstanceId()),
                    definition == null ? null : definition.getKey() + " v" + definition.getVersion(),
                    job.getFailedActivityId() != null ? job.getFailedActivityId()
                            : incident == null ? null : incident.getActivityId(),
                    incident == null ? null : toInstant(incident.getIncidentTimestamp()),
                    firstLine(job.getExceptionMessage())));
        }
        return failed;
    }

    /** How many jobs failed, shown or not. */
    @Transactional(readOnly = true)
    public long failedJobCount() {
        return managementService.createJobQuery().noRetriesLeft().count();
    }

    /** Gives one failed job another try; its incident is resolved. A job that is not failed is not found. */
    @Transactional
    public void retry(String jobId, String actor) {
        Job job = managementService.createJobQuery().jobId(jobId).noRetriesLeft().singleResult();
        if (job == null) {
            throw new NotFoundException("failed job", jobId);
        }
        managementService.setJobRetries(jobId, 1);
        actions.save(new AdminAction(clock.instant(), actor, AdminAction.Kind.JOB_RETRIED, "job " + jobId,
                businessKeys(List.of(job.getProcessInstanceId())).values().stream().findFirst()
                        .map(trajectory -> "trajectory " + trajectory).orElse(null)));
    }

    /** Gives every failed job another try; answers how many. */
    @Transactional
    public int retryAll(String actor) {
        List<String> ids = managementService.createJobQuery().noRetriesLeft().list().stream().map(Job::getId).toList();
        if (!ids.isEmpty()) {
            managementService.setJobRetries(ids, 1);
        }
        actions.save(new AdminAction(clock.instant(), actor, AdminAction.Kind.ALL_JOBS_RETRIED, "all failed jobs",
                ids.size() + " jobs"));
        return ids.size();
    }

    /** The versions of the trajectory process, newest first, with how many trajectories run on each. */
    @Transactional(readOnly = true)
    public List<ProcessVersion> versions() {
        List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(TrajectoryProcess.PROCESS_KEY).orderByProcessDefinitionVersion().desc().list();
        Map<String, Instant> deployed = repositoryService.createDeploymentQuery().list().stream()
                .collect(Collectors.toMap(deployment -> deployment.getId(), deployment -> toInstant(deployment.getDeploymentTime())));
        List<ProcessVersion> versions = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            ProcessDefinition definition = definitions.get(i);
            versions.add(new ProcessVersion(definition.getId(), definition.getVersion(),
                    deployed.get(definition.getDeploymentId()),
                    runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId()).count(), i == 0));
        }
        return versions;
    }

    /**
     * Moves every running trajectory of the version to the newest version of the process, step for
     * step (the engine's migration, mapping equal steps). A dry run does all of it and then keeps
     * nothing, so it finds what a real move would run into; a real move that runs into anything moves
     * nothing. Only a real move is recorded.
     */
    public Migration migrate(String sourceDefinitionId, boolean dryRun, String actor) {
        ProcessDefinition source = repositoryService.createProcessDefinitionQuery()
                .processDefinitionId(sourceDefinitionId).processDefinitionKey(TrajectoryProcess.PROCESS_KEY)
                .singleResult();
        if (source == null) {
            throw new NotFoundException("process version", sourceDefinitionId);
        }
        ProcessDefinition target = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(TrajectoryProcess.PROCESS_KEY).latestVersion().singleResult();
        if (target.getId().equals(source.getId())) {
            throw new RuleViolationException("sourceDefinitionId", "migration.already-newest",
                    "the trajectories of the newest version have nowhere newer to go");
        }
        List<String> missing = missingDecisions(target);
        if (!missing.isEmpty()) {
            return new Migration(source.getId(), source.getVersion(), target.getVersion(), 0, dryRun, missing);
        }
        MigrationPlan plan;
        try {
            plan = runtimeService.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities()
                    .updateEventTriggers().build();
        }
        catch (MigrationPlanValidationException ex) {
            return new Migration(source.getId(), source.getVersion(), target.getVersion(), 0, dryRun,
                    planProblems(ex));
        }
        List<String> instances = runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId()).list()
                .stream().map(ProcessInstance::getId).toList();
        if (instances.isEmpty()) {
            return new Migration(source.getId(), source.getVersion(), target.getVersion(), 0, dryRun, List.of());
        }
        try {
            return transactions.execute(status -> {
                runtimeService.newMigration(plan).processInstanceIds(instances).execute();
                if (dryRun) {
                    status.setRollbackOnly();
                }
                else {
                    actions.save(new AdminAction(clock.instant(), actor, AdminAction.Kind.TRAJECTORIES_MIGRATED,
                            "trajectory v" + source.getVersion() + " to v" + target.getVersion(),
                            instances.size() + " trajectories"));
                }
                return new Migration(source.getId(), source.getVersion(), target.getVersion(), instances.size(), dryRun,
                        List.of());
            });
        }
        catch (MigratingProcessInstanceValidationException ex) {
            return new Migration(source.getId(), source.getVersion(), target.getVersion(), instances.size(), dryRun,
                    instanceProblems(ex.getValidationReport()));
        }
    }

    /**
     * The decisions the newest version calls from its own deployment that the deployment lacks: a
     * migration would succeed and the trajectories then fail at that step, so it is refused here.
     */
    private List<String> missingDecisions(ProcessDefinition target) {
        List<String> missing = new ArrayList<>();
        for (BusinessRuleTask task : repositoryService.getBpmnModelInstance(target.getId())
                .getModelElementsByType(BusinessRuleTask.class)) {
            String decision = task.getCamundaDecisionRef();
            if (decision != null && "deployment".equals(task.getCamundaDecisionRefBinding())
                    && repositoryService.createDecisionDefinitionQuery().deploymentId(target.getDeploymentId())
                            .decisionDefinitionKey(decision).count() == 0) {
                missing.add(task.getId() + ": decision " + decision + " is not deployed with version "
                        + target.getVersion());
            }
        }
        return missing;
    }

    private Map<String, ProcessDefinition> definitions() {
        return repositoryService.createProcessDefinitionQuery().list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
    }

    /** The trajectory of each process instance (its business key), in one query. */
    private Map<String, String> businessKeys(List<String> processInstanceIds) {
        List<String> ids = processInstanceIds.stream().filter(id -> id != null).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return runtimeService.createProcessInstanceQuery().processInstanceIds(new HashSet<>(ids)).list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private static List<String> planProblems(MigrationPlanValidationException ex) {
        List<String> problems = new ArrayList<>();
        for (MigrationInstructionValidationReport report : ex.getValidationReport().getInstructionReports()) {
            report.getFailures().forEach(failure -> problems.add(report.getMigrationInstruction().getSourceActivityId()
                    + ": " + failure));
        }
        return problems.isEmpty() ? List.of(firstLine(ex.getMessage())) : problems;
    }

    private static List<String> instanceProblems(MigratingProcessInstanceValidationReport report) {
        List<String> problems = new ArrayList<>();
        report.getFailures().forEach(failure -> problems.add(report.getProcessInstanceId() + ": " + failure));
        for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
            activity.getFailures().forEach(failure -> problems.add(activity.getSourceScopeId() + ": " + failure));
        }
        return problems;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return null;
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() <= MESSAGE_LENGTH ? line : line.substring(0, MESSAGE_LENGTH - 1) + "…";
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
