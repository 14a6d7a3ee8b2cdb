package nl.participationsuite.workflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import nl.participationsuite.domain.motivation.EnergySource;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.WorkflowFixture;
import nl.participationsuite.workflow.WorkflowFixture.Setup;
import nl.participationsuite.workflow.WorkflowIntegrationTest;
import nl.participationsuite.workflow.motivation.MotivationOutcome;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two professionals complete the same task at the same moment. The test holds a row lock on the
 * task so that both get past every check and are stuck at the engine's write, then lets go:
 * exactly one completes, the other ends in {@link TaskConflictException} and leaves nothing behind.
 */
@WorkflowIntegrationTest
class ConcurrentCompletionIntegrationTests {

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HistoryService historyService;

    @AfterEach
    void resetEngineClock() {
        fixture.resetEngineClock();
    }

    @Test
    void completesATaskOnceWhenTwoPeopleCompleteItAtTheSameTime() throws Exception {
        Setup setup = fixture.start(1, 2);
        fixture.jumpTo(setup.id(), Activities.LIST_RESIDENTS, Map.of());
        WorkflowTask conversation = fixture.task(setup.professional(0), setup.id(), Activities.MOTIVATION_CONVERSATION);
        MotivationOutcome outcome = new MotivationOutcome(Set.of(EnergySource.ORGANISING), 6,
                Set.of(ParticipationLevel.PARTICIPATION), Set.of(PreferredTime.WEEKEND), null);

        List<Object> results = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement select = lock.prepareStatement("select id_ from act_ru_task where id_ = ? for update")) {
                select.setString(1, conversation.id());
                select.executeQuery().close();
            }
            List<Future<Object>> completions = new ArrayList<>();
            for (PersonId professional : List.of(setup.professional(0).person(), setup.professional(1).person())) {
                completions.add(threads.submit(() -> {
                    try {
                        workflow.complete(conversation.id(), professional, outcome);
                        return "completed";
                    }
                    catch (RuntimeException ex) {
                        return ex;
                    }
                }));
            }
            awaitSessionsWaitingForALock(2);
            lock.commit();
            for (Future<Object> completion : completions) {
                results.add(completion.get());
            }
        }
        finally {
            threads.shutdownNow();
        }

        assertThat(results).filteredOn("completed"::equals).hasSize(1);
        assertThat(results).filteredOn(TaskConflictException.class::isInstance).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from motivation_profile where trajectory_id = ?", Integer.class,
                setup.id().value())).isEqualTo(1);
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(conversation.id()).finished().count()).isEqualTo(1);
    }

    /** Waits until that many database sessions wait for a lock (both completions are stuck at the engine's write). */
    private void awaitSessionsWaitingForALock(int sessions) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            Integer waiting = jdbc.queryForObject("select count(*) from pg_stat_activity "
                    + "where datname = current_database() and wait_event_type = 'Lock'", Integer.class);
            if (waiting != null && waiting >= sessions) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the two completions did not both reach the engine's write");
    }
}
