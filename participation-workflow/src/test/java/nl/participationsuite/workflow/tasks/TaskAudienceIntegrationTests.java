package nl.participationsuite.workflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.WorkflowFixture;
import nl.participationsuite.workflow.WorkflowFixture.Setup;
import nl.participationsuite.workflow.WorkflowIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows a person's task list reads ({@code task_audience}, changeset 055) stay equal to the rule
 * they are kept for ({@code task_audience_source}), whichever side changes: tasks created, claimed,
 * released and completed; a professional joining or leaving; the coordinator handing over; the
 * trajectory closing. Also when both sides change at the same moment.
 */
@WorkflowIntegrationTest
class TaskAudienceIntegrationTests {

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    RuntimeService runtime;

    @Autowired
    EntityManager entityManager;

    @AfterEach
    void resetEngineClock() {
        fixture.resetEngineClock();
    }

    @Test
    void followsTheTasksAndWhoIsInTheGroups() {
        Setup setup = fixture.start(3, 2);
        PersonId coordinator = setup.coordinator().person();
        PersonId first = setup.professional(0).person();
        PersonId second = setup.professional(1).person();
        assertThat(openTasks(coordinator, setup.id())).hasSize(1);
        assertKeptRowsFollowTheRule(setup.id());

        fixture.jumpTo(setup.id(), Activities.LIST_RESIDENTS, Map.of());
        List<WorkflowTask> conversations = fixture.tasks(setup.professional(0), setup.id(), Activities.MOTIVATION_CONVERSATION);
        assertThat(conversations).hasSize(3);
        assertThat(openTasks(first, setup.id())).hasSize(3);
        assertThat(openTasks(second, setup.id())).hasSize(3);
        assertThat(openTasks(setup.resident(0).person(), setup.id())).isEmpty();
        assertKeptRowsFollowTheRule(setup.id());

        workflow.claim(conversations.get(0).id(), first);
        assertThat(openTasks(first, setup.id())).hasSize(2);
        assertThat(openTasks(second, setup.id())).extracting(WorkflowTask::id).doesNotContain(conversations.get(0).id());
        assertKeptRowsFollowTheRule(setup.id());

        workflow.release(conversations.get(0).id(), first);
        assertThat(openTasks(second, setup.id())).hasSize(3);
        assertKeptRowsFollowTheRule(setup.id());

        // A professional who joins sees the open group tasks at once; one who leaves no longer does.
        PersonId newcomer = people.save(Person.professional("Nieuwe collega", null, null, organisationOf(first))).id();
        trajectories.addParticipant(setup.id(), newcomer);
        assertThat(openTasks(newcomer, setup.id())).hasSize(3);
        transaction.executeWithoutResult(status -> jdbc.update(
                "update participant set stepped_back_at = now() where trajectory_id = ? and person_id = ?",
                setup.id().value(), second.value()));
        assertThat(openTasks(second, setup.id())).isEmpty();
        assertKeptRowsFollowTheRule(setup.id());

        // The coordinator's group follows the trajectory's coordinator, and ends with the trajectory.
        fixture.jumpTo(setup.id(), Activities.RECRUIT_RESIDENTS, Map.of());
        assertThat(openTasks(coordinator, setup.id())).hasSize(1);
        transaction.executeWithoutResult(status -> jdbc.update("update trajectory set coordinator_id = ? where id = ?",
                newcomer.value(), setup.id().value()));
        assertThat(openTasks(coordinator, setup.id())).isEmpty();
        assertThat(openTasks(newcomer, setup.id())).extracting(WorkflowTask::definitionKey).contains(Activities.RECRUIT_RESIDENTS);
        assertKeptRowsFollowTheRule(setup.id());

        trajectories.close(setup.id());
        assertThat(openTasks(newcomer, setup.id())).extracting(WorkflowTask::definitionKey)
                .doesNotContain(Activities.RECRUIT_RESIDENTS);
        assertKeptRowsFollowTheRule(setup.id());
    }

    @Test
    void keepsNoRowOfATaskWhoseProcessEnded() {
        Setup setup = fixture.start(2, 1);
        fixture.jumpTo(setup.id(), Activities.LIST_RESIDENTS, Map.of());
        WorkflowTask conversation = fixture.tasks(setup.professional(0), setup.id(), Activities.MOTIVATION_CONVERSATION).get(0);

        runtime.deleteProcessInstance(fixture.instance(setup.id()).getId(), "test");

        assertThat(jdbc.queryForObject("select count(*) from task_audience where task_id = ?", Long.class, conversation.id()))
                .isZero();
        assertThat(openTasks(setup.professional(0).person(), setup.id())).isEmpty();
        assertKeptRowsFollowTheRule(setup.id());
    }

    /**
     * A change of who is in a trajectory's groups reads that trajectory's tasks only, whatever the
     * statistics say: the refresh once went through the rule's view, which PostgreSQL planned (with
     * statistics from when the tables were small) as a walk through every unclaimed task of every
     * trajectory; seeding 10 000 trajectories slowed to 7 a second and stalled on the locks it held.
     */
    @Test
    void aProfessionalJoiningReadsOnlyTheTasksOfTheirTrajectory() {
        Setup elsewhere = fixture.start(6, 1);
        fixture.jumpTo(elsewhere.id(), Activities.LIST_RESIDENTS, Map.of());
        Setup setup = fixture.start(2, 1);
        fixture.jumpTo(setup.id(), Activities.LIST_RESIDENTS, Map.of());
        String groups = "select distinct l.task_id_ from act_ru_identitylink l where l.type_ = 'candidate'"
                + " and l.group_id_ in ('trajectory:" + setup.id() + ":coordinator', 'trajectory:" + setup.id() + ":professionals')";
        long ownTasks = jdbc.queryForObject("select count(*) from (" + groups + ") own", Long.class);
        long ownOpen = jdbc.queryForObject("select count(*) from act_ru_task where assignee_ is null and id_ in (" + groups + ")",
                Long.class);
        long unclaimed = jdbc.queryForObject("select count(*) from act_ru_task where assignee_ is null", Long.class);
        assertThat(ownOpen).isPositive();
        assertThat(unclaimed).as("other trajectories' open tasks").isGreaterThan(ownTasks + 5);
        PersonId newcomer = people.save(Person.professional("Nieuwe collega", null, null,
                organisationOf(setup.professional(0).person()))).id();

        long read = transaction.execute(status -> {
            long before = tasksRead();
            trajectories.addParticipant(setup.id(), newcomer);
            entityManager.flush();
            return tasksRead() - before;
        });

        assertThat(openTasks(newcomer, setup.id())).hasSize((int) ownOpen);
        assertThat(read).as("tasks read to let the newcomer see theirs").isLessThanOrEqualTo(ownTasks);
        assertKeptRowsFollowTheRule(setup.id());
    }

    /**
     * Professionals join and leave while their colleagues claim and release the trajectory's tasks
     * at the same moment: afterwards the kept rows are still exactly what the rule says.
     */
    @RepeatedTest(3)
    void staysEqualToTheRuleWhenTasksAndGroupsChangeAtTheSameMoment() throws Exception {
        Setup setup = fixture.start(6, 2);
        fixture.jumpTo(setup.id(), Activities.LIST_RESIDENTS, Map.of());
        List<WorkflowTask> conversations = fixture.tasks(setup.professional(0), setup.id(), Activities.MOTIVATION_CONVERSATION);
        PersonId first = setup.professional(0).person();
        PersonId second = setup.professional(1).person();
        List<PersonId> newcomers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            newcomers.add(people.save(Person.professional("Collega " + i, null, null, organisationOf(first))).id());
        }
        int threads = conversations.size() + 1;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < conversations.size(); i++) {
                String task = conversations.get(i).id();
                boolean release = i % 3 == 0;
                work.add(pool.submit(() -> {
                    start.await();
                    workflow.claim(task, first);
                    if (release) {
                        workflow.release(task, first);
                    }
                    return null;
                }));
            }
            // The team changes one step at a time (each its own transaction), while the tasks change.
            work.add(pool.submit(() -> {
                start.await();
                for (PersonId newcomer : newcomers) {
                    trajectories.addParticipant(setup.id(), newcomer);
                }
                transaction.executeWithoutResult(status -> jdbc.update(
                        "update participant set stepped_back_at = now() where trajectory_id = ? and person_id = ?",
                        setup.id().value(), second.value()));
                return null;
            }));
            for (Future<?> done : work) {
                done.get(60, TimeUnit.SECONDS);
            }
        }
        finally {
            pool.shutdownNow();
        }

        assertKeptRowsFollowTheRule(setup.id());
        int stillOpen = (int) conversations.stream().filter(task -> jdbc.queryForObject(
                "select count(*) from act_ru_task where id_ = ? and assignee_ is null", Long.class, task.id()) == 1).count();
        assertThat(stillOpen).isEqualTo((conversations.size() + 2) / 3);
        for (PersonId newcomer : newcomers) {
            assertThat(openTasks(newcomer, setup.id())).hasSize(stillOpen);
        }
        assertThat(openTasks(second, setup.id())).isEmpty();
    }

    private List<WorkflowTask> openTasks(PersonId person, TrajectoryId trajectory) {
        return workflow.tasks(TaskSearch.of(person).which(TaskSearch.Which.OPEN).in(trajectory));
    }

    /**
     * The engine's tasks this connection read, by scan or by index, as PostgreSQL counts them per table:
     * counts not yet reported, which include earlier transactions of the connection, so only the
     * difference of two readings in one transaction says what happened in between.
     */
    private long tasksRead() {
        return jdbc.queryForObject("select coalesce(sum(seq_tup_read + coalesce(idx_tup_fetch, 0)), 0)"
                + " from pg_stat_xact_user_tables where relname = 'act_ru_task'", Long.class);
    }

    private OrganisationId organisationOf(PersonId person) {
        return people.findById(person).orElseThrow().organisationId();
    }

    /** The kept rows of the trajectory, and the rule's, are the same rows. */
    private void assertKeptRowsFollowTheRule(TrajectoryId trajectory) {
        String kept = "select person_id, task_id, trajectory_id, created_at from task_audience where trajectory_id = ?";
        String rule = "select person_id, task_id, trajectory_id, created_at from task_audience_source where trajectory_id = ?";
        assertThat(jdbc.queryForList("(" + kept + ") except (" + rule + ")", trajectory.value(), trajectory.value()))
                .as("kept rows the rule does not give").isEmpty();
        assertThat(jdbc.queryForList("(" + rule + ") except (" + kept + ")", trajectory.value(), trajectory.value()))
                .as("rows of the rule that are not kept").isEmpty();
    }
}
