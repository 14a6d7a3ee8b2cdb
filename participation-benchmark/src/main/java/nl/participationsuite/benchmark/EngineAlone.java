package nl.participationsuite.benchmark;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import nl.participationsuite.workflow.TrajectoryProcess;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;

/**
 * The ceiling: the product's BPMN (and its two DMN tables) on a standalone process engine of its own,
 * on a separate PostgreSQL database, with the delegates replaced by no-op beans that only set the
 * routing variables the gateways and multi-instances need. No HTTP, no domain, no Spring. Each thread
 * drives the same path as the load (32 user tasks: recruitment, five motivation conversations, draft,
 * eight reviews, proposal, eight role answers, composition, three seats, an input answered, a success
 * made visible, close, report), querying each task before it completes it, as the product's users do.
 */
final class EngineAlone implements AutoCloseable {

    private final ProcessEngine engine;

    final AtomicLong completions = new AtomicLong();

    final AtomicLong trajectories = new AtomicLong();

    final AtomicLong failures = new AtomicLong();

    volatile String firstFailure;

    EngineAlone(String jdbcUrl) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bench-engine-alone");
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("");
        configuration.setJdbcMaxActiveConnections(10);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setEnforceHistoryTimeToLive(false);
        configuration.setMetricsEnabled(false);
        Map<Object, Object> beans = new HashMap<>();
        List<String> five = ids(5);
        List<String> eight = ids(8);
        List<String> three = ids(3);
        beans.put("phaseListener", noOp(execution -> { }));
        beans.put("remindCoordinator", noOp(execution -> { }));
        beans.put("loadInvolvementStatus", noOp(execution -> {
            execution.setVariable("involvedResidents", 5);
            execution.setVariable("recruitmentChannels", 2);
            execution.setVariable("minimumResidents", 5);
            execution.setVariable("minimumChannels", 2);
        }));
        beans.put("listResidents", noOp(execution -> execution.setVariable("residentParticipantIds", five)));
        beans.put("listReviewers", noOp(execution -> execution.setVariable("reviewers", eight)));
        beans.put("checkEndorsements", noOp(execution -> execution.setVariable("allEndorsed", true)));
        beans.put("adoptVision", noOp(execution -> { }));
        beans.put("listParticipants", noOp(execution -> execution.setVariable("participantPersonIds", eight)));
        beans.put("loadSeatComposition", noOp(execution -> {
            execution.setVariable("residentSeats", 3);
            execution.setVariable("totalSeats", 5);
            execution.setVariable("residentBackgrounds", 3);
            execution.setVariable("hasSteeringGroup", true);
        }));
        beans.put("listResidentSeatHolders", noOp(execution -> execution.setVariable("residentSeatHolderIds", three)));
        beans.put("checkSeatAcceptance", noOp(execution -> execution.setVariable("allSeatsAccepted", true)));
        beans.put("listVoters", noOp(execution -> execution.setVariable("voterIds", five)));
        beans.put("closeDecisionRound", noOp(execution -> { }));
        beans.put("openConditionsCheck", noOp(execution -> execution.setVariable("participantPersonIds", eight)));
        beans.put("closeTrajectory", noOp(execution -> { }));
        beans.put("startNewCycle", noOp(execution -> { }));
        beans.put("escalateLateInput", noOp(execution -> { }));
        beans.put("recordStepBack", noOp(execution -> { }));
        beans.put("startResponseDeadline", noOp(execution -> execution.setVariableLocal("responseDue",
                new java.util.Date(System.currentTimeMillis() + java.time.Duration.ofDays(14).toMillis()))));
        beans.put("remindSilentParticipant", noOp(execution -> { }));
        beans.put("extendResponseDeadline", noOp(execution -> { }));
        configuration.setBeans(beans);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("participation-benchmark").enableDuplicateFiltering(true)
                .addClasspathResource(TrajectoryProcess.BPMN_RESOURCE)
                .addClasspathResource(TrajectoryProcess.EARLY_INVOLVEMENT_DMN_RESOURCE)
                .deploy();
    }

    private static List<String> ids(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        return ids;
    }

    private static NoOp noOp(Consumer<DelegateExecution> body) {
        return new NoOp(body);
    }

    /** A delegate or execution listener that only sets routing variables. */
    static final class NoOp implements JavaDelegate, ExecutionListener {

        private final Consumer<DelegateExecution> body;

        NoOp(Consumer<DelegateExecution> body) {
            this.body = body;
        }

        @Override
        public void execute(DelegateExecution execution) {
            body.accept(execution);
        }

        @Override
        public void notify(DelegateExecution execution) {
            body.accept(execution);
        }
    }

    /** Runs {@code threads} threads until the deadline; answers the elapsed nanoseconds. */
    long run(int threads, long deadlineNanos) throws InterruptedException {
        List<Thread> all = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadlineNanos) {
                    try {
                        drive();
                        trajectories.incrementAndGet();
                    }
                    catch (RuntimeException ex) {
                        failures.incrementAndGet();
                        if (firstFailure == null) {
                            firstFailure = String.valueOf(ex);
                        }
                    }
                }
            }, "engine-alone-" + i);
            all.add(thread);
            thread.start();
        }
        for (Thread thread : all) {
            thread.join();
        }
        return System.nanoTime() - start;
    }

    private void drive() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> start = new HashMap<>();
        start.put(TrajectoryProcess.VariableNames.TRAJECTORY_ID, key);
        start.put(TrajectoryProcess.VariableNames.COORDINATOR_GROUP, "trajectory:" + key + ":coordinator");
        start.put(TrajectoryProcess.VariableNames.PROFESSIONALS_GROUP, "trajectory:" + key + ":professionals");
        String instance = engine.getRuntimeService()
                .startProcessInstanceByKey(TrajectoryProcess.PROCESS_KEY, key, start).getId();
        complete(instance, Activities.RECRUIT_RESIDENTS, 1, Map.of());
        complete(instance, Activities.MOTIVATION_CONVERSATION, 5, Map.of());
        complete(instance, Activities.DRAFT_VISION, 1, Map.of());
        complete(instance, Activities.REVIEW_VISION, 8, Map.of());
        complete(instance, Activities.PROPOSE_ROLE_AGREEMENTS, 1, Map.of());
        complete(instance, Activities.RESPOND_TO_ROLE_AGREEMENT, 8, Map.of("roleAccepted", true));
        complete(instance, Activities.COMPOSE_STEERING_GROUP, 1, Map.of("overrideJustified", false));
        complete(instance, Activities.ACCEPT_SEAT, 3, Map.of());
        engine.getRuntimeService().createMessageCorrelation(TrajectoryProcess.Messages.INPUT_RECEIVED)
                .processInstanceBusinessKey(key)
                .setVariablesToTriggeredScope(Map.of("inputId", UUID.randomUUID().toString(), "inputDueDate",
                        new Date(System.currentTimeMillis() + 14L * 24 * 3600 * 1000)))
                .correlate();
        complete(instance, Activities.RESPOND_TO_INPUT, 1, Map.of());
        engine.getRuntimeService().createMessageCorrelation(TrajectoryProcess.Messages.SUCCESS_REGISTERED)
                .processInstanceBusinessKey(key)
                .setVariablesToTriggeredScope(Map.of("successId", UUID.randomUUID().toString()))
                .correlate();
        complete(instance, Activities.MAKE_SUCCESS_VISIBLE, 1, Map.of());
        complete(instance, Activities.CLOSE_WORKING_PHASE, 1, Map.of());
        complete(instance, Activities.REPORT_SUCCESS, 1, Map.of("newCycle", false));
    }

    private void complete(String instance, String activity, int count, Map<String, Object> variables) {
        for (int i = 0; i < count; i++) {
            List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey(activity).listPage(0, 1);
            if (tasks.isEmpty()) {
                throw new IllegalStateException("no " + activity + " task (" + i + " of " + count + ")");
            }
            engine.getTaskService().complete(tasks.get(0).getId(), variables);
            completions.incrementAndGet();
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
