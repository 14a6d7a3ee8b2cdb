package nl.participationsuite.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.seats.Background;
import nl.participationsuite.domain.seats.OpenRound;
import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.WorkflowFixture;
import nl.participationsuite.workflow.WorkflowFixture.Member;
import nl.participationsuite.workflow.WorkflowFixture.Setup;
import nl.participationsuite.workflow.WorkflowIntegrationTest;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.seats.DecisionRoundWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders before a due date on the real PostgreSQL, with the product's and the engine's clocks moved: a
 * vote reminds each seat holder 3 days and 1 day before its deadline, once each, also when two nodes run
 * the reminder job at the same moment; an input awaiting an answer reminds the professionals who may
 * answer it.
 */
@WorkflowIntegrationTest
class TaskRemindersIntegrationTests {

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    TaskReminders reminders;

    @Autowired
    DecisionRoundWorkflow roundWorkflow;

    @Autowired
    InputWorkflow inputWorkflow;

    @Autowired
    SteeringGroupService steeringGroups;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void resetTheEngineClock() {
        fixture.resetEngineClock();
    }

    @Test
    void remindsEverySeatHolderThreeDaysAndOneDayBeforeTheVoteClosesOnceEachEvenWithTwoNodes() throws Exception {
        Setup setup = workingTogetherWithSteeringGroup();
        roundWorkflow.open(setup.id(), new OpenRound("Bankjes in het park", "Tien nieuwe bankjes.",
                clock.instant().plus(Duration.ofDays(7))));
        List<Member> holders = List.of(setup.resident(0), setup.resident(1), setup.professional(0));

        reminders.remindDue();
        assertThat(reminders(setup, 3)).as("a week before: nothing yet").isEmpty();

        fixture.advance(Duration.ofDays(4).plusMinutes(1));
        reminders.remindDue();
        reminders.remindDue();

        assertThat(reminders(setup, 3)).containsExactlyInAnyOrderElementsOf(voteTasks(setup, holders));
        assertThat(reminders(setup, 1)).isEmpty();

        fixture.advance(Duration.ofDays(2));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int written = 0;
        try {
            for (Future<Integer> each : pool.invokeAll(List.<Callable<Integer>>of(reminders::remindDue, reminders::remindDue))) {
                written += each.get();
            }
        }
        finally {
            pool.shutdownNow();
        }

        assertThat(written).as("two nodes at once write each reminder once").isEqualTo(3);
        assertThat(reminders(setup, 1)).containsExactlyInAnyOrderElementsOf(voteTasks(setup, holders));
        assertThat(reminders(setup, 3)).hasSize(3);
    }

    @Test
    void remindsTheProfessionalsOfAnInputAwaitingAnAnswer() {
        Setup setup = fixture.start(2, 1);
        fixture.jumpTo(setup.id(), Activities.CLOSE_WORKING_PHASE, Map.of());
        inputWorkflow.receive(new ReceiveInput(setup.id(), setup.resident(0).participant(), null, InputChannel.PORTAL,
                "Bankjes", "Er zijn te weinig bankjes in het park.", null));
        WorkflowTask respond = fixture.task(setup.professional(0), setup.id(), Activities.RESPOND_TO_INPUT);
        Instant due = taskService.createTaskQuery().taskId(respond.id()).singleResult().getDueDate().toInstant();

        fixture.advance(Duration.between(clock.instant(), due.minus(Duration.ofDays(1)).plusSeconds(60)));
        reminders.remindDue();

        assertThat(jdbc.sql("""
                select n.recipient_id from notification n join notification_task nt on nt.notification_id = n.id
                 where n.kind = 'TASK_REMINDER' and n.task_id = :task and n.reminder_days = 1
                   and nt.task_id = :task and nt.definition_key = :key""")
                .param("task", respond.id()).param("key", Activities.RESPOND_TO_INPUT)
                .query((rs, row) -> new PersonId(rs.getObject(1, UUID.class))).list())
                .as("the professionals who may answer it, not the resident who gave it")
                .containsExactlyInAnyOrder(setup.coordinator().person(), setup.professional(0).person());
    }

    private List<String> voteTasks(Setup setup, List<Member> holders) {
        return holders.stream().map(holder -> fixture.task(holder, setup.id(), Activities.CAST_VOTE).id()).toList();
    }

    /** The tasks of the trajectory reminded of that many days before, one row per reminder. */
    private List<String> reminders(Setup setup, int days) {
        return jdbc.sql("""
                select task_id from notification
                 where kind = 'TASK_REMINDER' and trajectory_id = :trajectory and reminder_days = :days""")
                .param("trajectory", setup.id().value()).param("days", days).query(String.class).list();
    }

    private Setup workingTogetherWithSteeringGroup() {
        Setup setup = fixture.start(3, 1);
        LocalDate today = LocalDate.now(clock);
        steeringGroups.compose(setup.id(), List.of(
                new SeatAssignment(setup.resident(0).participant(), today, today.plusYears(2), Set.of(Background.LOW_INCOME)),
                new SeatAssignment(setup.resident(1).participant(), today, today.plusYears(2), Set.of(Background.YOUTH)),
                new SeatAssignment(setup.professional(0).participant(), today, today.plusYears(2), Set.of())), null);
        fixture.jumpTo(setup.id(), Activities.CLOSE_WORKING_PHASE, Map.of());
        return setup;
    }
}
