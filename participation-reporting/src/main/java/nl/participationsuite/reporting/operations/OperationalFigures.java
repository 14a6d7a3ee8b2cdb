package nl.participationsuite.reporting.operations;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.trajectory.Phase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product's figures for monitoring, read with SQL: one grouped statement each, whatever the
 * number of trajectories, tasks or inputs. Counts only; no person, trajectory or text.
 */
@Component
public class OperationalFigures {

    /** The figures at one moment. */
    public record Snapshot(Map<String, Long> openTasksByKind, long overdueInputs, Map<Phase, Long> trajectoriesByPhase) {
    }

    private final JdbcClient jdbc;

    private final Clock clock;

    OperationalFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** All figures, read in one read-only transaction. */
    @Transactional(readOnly = true)
    public Snapshot read() {
        return new Snapshot(openTasksByKind(), overdueInputs(), trajectoriesByPhase());
    }

    /** Open user tasks of every process, by their id in the process model. */
    private Map<String, Long> openTasksByKind() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select task_def_key_ as kind, count(*) as n from act_ru_task group by task_def_key_")
                .query(rs -> {
                    counts.put(rs.getString("kind"), rs.getLong("n"));
                });
        return counts;
    }

    /** Input not answered yet whose response is past its due time (escalated or not). */
    private long overdueInputs() {
        return jdbc.sql("select count(*) from resident_input where status in (:open) and due_at < :now")
                .param("open", List.of(InputStatus.RECEIVED.name(), InputStatus.UNDER_CONSIDERATION.name()))
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query(Long.class).single();
    }

    /** Trajectories in each phase, closed ones included; a phase without any counts 0. */
    private Map<Phase, Long> trajectoriesByPhase() {
        Map<Phase, Long> counts = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            counts.put(phase, 0L);
        }
        jdbc.sql("select phase, count(*) as n from trajectory group by phase")
                .query(rs -> {
                    counts.put(Phase.valueOf(rs.getString("phase")), rs.getLong("n"));
                });
        return counts;
    }
}
