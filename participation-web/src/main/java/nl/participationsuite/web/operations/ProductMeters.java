package nl.participationsuite.web.operations;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.reporting.operations.OperationalFigures;
import nl.participationsuite.web.notifications.NotificationSender;
import nl.participationsuite.workflow.admin.EngineMetrics;
import nl.participationsuite.workflow.admin.EngineMetrics.Count;
import nl.participationsuite.workflow.tasks.TaskCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The product's and the engine's meters (README, Metrics). Figures from the database are read with
 * one grouped statement each, at most once per {@code participation.metrics.cache-ttl} however
 * often Prometheus scrapes; tasks completed are counted on this node as their actions commit.
 */
@Component
class ProductMeters implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(ProductMeters.class);

    static final String TASKS_COMPLETED = "participation.tasks.completed";

    static final String TASKS_OPEN = "participation.tasks.open";

    static final String INPUTS_OVERDUE = "participation.inputs.overdue";

    static final String TRAJECTORIES = "participation.trajectories";

    static final String ENGINE_PREFIX = "participation.engine.";

    private final EngineMetrics engine;

    private final CachedFigures<OperationalFigures.Snapshot> product;

    private final CachedFigures<EngineMetrics.Snapshot> engineFigures;

    /** The kinds of task that have an open-tasks gauge already. */
    private final Set<String> taskKinds = ConcurrentHashMap.newKeySet();

    private volatile MeterRegistry registry;

    ProductMeters(OperationalFigures figures, EngineMetrics engine,
            @Value("${participation.metrics.cache-ttl:PT30S}") Duration ttl) {
        this.engine = engine;
        this.product = new CachedFigures<>("product figures", figures::read, ttl,
                read -> openTaskGauges(read.openTasksByKind().keySet()));
        this.engineFigures = new CachedFigures<>("engine figures", engine::read, ttl, read -> {
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder(INPUTS_OVERDUE, product, figures -> value(figures.get(), OperationalFigures.Snapshot::overdueInputs))
                .description("Input of residents not answered by its due time").register(registry);
        for (Phase phase : Phase.values()) {
            Gauge.builder(TRAJECTORIES, product,
                    figures -> value(figures.get(), read -> read.trajectoriesByPhase().getOrDefault(phase, 0L)))
                    .description("Trajectories by phase").tag("phase", phase.name().toLowerCase()).register(registry);
        }
        try {
            openTaskGauges(engine.userTaskKinds());
        }
        catch (RuntimeException ex) {
            log.warn("The kinds of task could not be read yet; their meters appear with the first figures: {}",
                    ex.getMessage());
        }
        for (String outcome : new String[] { "sent", "failed", "no_address" }) {
            Counter.builder(NotificationSender.OUTCOMES).description("Notifications mailed by this node, by outcome")
                    .tag("outcome", outcome).register(registry);
        }
        engineCounter("job.acquisition.attempts", "Rounds in which this node's job executor looked for due jobs",
                Count.JOB_ACQUISITION_ATTEMPTS, null);
        engineCounter("job.acquisitions", "Jobs this node's job executor tried to lock", Count.JOBS_ACQUIRED, "acquired");
        engineCounter("job.acquisitions", "Jobs this node's job executor tried to lock", Count.JOBS_NOT_ACQUIRED,
                "taken_by_another_node");
        engineCounter("job.executions", "Jobs this node ran", Count.JOBS_SUCCEEDED, "succeeded");
        engineCounter("job.executions", "Jobs this node ran", Count.JOBS_FAILED, "failed");
        engineCounter("job.executions", "Jobs this node ran", Count.JOBS_REJECTED, "rejected");
        Gauge.builder(ENGINE_PREFIX + "jobs.failed", engineFigures,
                figures -> value(figures.get(), EngineMetrics.Snapshot::failedJobs))
                .description("Jobs without tries left, on all nodes").register(registry);
        Gauge.builder(ENGINE_PREFIX + "incidents.open", engineFigures,
                figures -> value(figures.get(), EngineMetrics.Snapshot::openIncidents))
                .description("Open incidents, on all nodes").register(registry);
    }

    /** Counts a completed task once its action has committed. */
    @TransactionalEventListener
    void completed(TaskCompleted completion) {
        MeterRegistry meters = registry;
        if (meters != null) {
            completedCounter(meters, completion.kind()).increment();
        }
    }

    private void engineCounter(String name, String description, Count count, String result) {
        FunctionCounter.Builder<CachedFigures<EngineMetrics.Snapshot>> builder = FunctionCounter
                .builder(ENGINE_PREFIX + name, engineFigures, figures -> value(figures.get(), read -> read.count(count)))
                .description(description);
        if (result != null) {
            builder.tag("result", result);
        }
        builder.register(registry);
    }

    /** A gauge of open tasks, and a counter of completed ones at 0, for each kind not seen before. */
    private void openTaskGauges(Collection<String> kinds) {
        MeterRegistry meters = registry;
        if (meters == null) {
            return;
        }
        for (String kind : kinds) {
            if (kind != null && taskKinds.add(kind)) {
                Gauge.builder(TASKS_OPEN, product,
                        figures -> value(figures.get(), read -> read.openTasksByKind().getOrDefault(kind, 0L)))
                        .description("Open tasks by kind (the task's id in the process model)").tag("kind", kind)
                        .register(meters);
                completedCounter(meters, kind);
            }
        }
    }

    private static Counter completedCounter(MeterRegistry meters, String kind) {
        return Counter.builder(TASKS_COMPLETED).description("Tasks completed on this node, by kind")
                .tag("kind", kind).register(meters);
    }

    private static <T> double value(T figures, ToDoubleFunction<T> figure) {
        return figures == null ? Double.NaN : figure.applyAsDouble(figures);
    }
}
