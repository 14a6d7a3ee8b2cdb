package nl.participationsuite.workflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.motivation.EnergySource;
import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.domain.vision.VisionContent;
import nl.participationsuite.workflow.WorkflowFixture;
import nl.participationsuite.workflow.WorkflowFixture.Member;
import nl.participationsuite.workflow.WorkflowFixture.Setup;
import nl.participationsuite.workflow.WorkflowIntegrationTest;
import nl.participationsuite.workflow.involvement.RecruitmentOutcome;
import nl.participationsuite.workflow.motivation.MotivationOutcome;
import nl.participationsuite.workflow.trajectory.WorkingPhaseCloseOutcome;
import nl.participationsuite.workflow.vision.VisionDraftOutcome;
import nl.participationsuite.workflow.vision.VisionReviewOutcome;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The facade on the real PostgreSQL: start, visibility, claim, complete, refusals and the gate with its reminder. */
@WorkflowIntegrationTest
class TrajectoryWorkflowIntegrationTests {

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    InvolvementService involvement;

    @Autowired
    MotivationService motivations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HistoryService history;

    @AfterEach
    void resetEngineClock() {
        fixture.resetEngineClock();
    }

    @Test
    void startsTheProcessWithTheTrajectoryAsBusinessKeyAndAsksTheCoordinatorToRecruit() {
        Setup setup = fixture.start(2, 1);

        assertThat(fixture.instance(setup.id())).isNotNull();
        WorkflowTask recruit = fixture.task(setup.coordinator(), setup.id(), Activities.RECRUIT_RESIDENTS);
        assertThat(recruit.formKey()).isEqualTo("outcome:RecruitmentOutcome");
        assertThat(recruit.trajectoryId()).isEqualTo(setup.id());
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.EARLY_INVOLVEMENT);
    }

    @Test
    void showsNoTaskOutsideItsTrajectory() {
        Setup mine = fixture.start(1, 1);
        Setup theirs = fixture.start(1, 1);
        WorkflowTask theirTask = fixture.task(theirs.coordinator(), theirs.id(), Activities.RECRUIT_RESIDENTS);

        assertThat(workflow.tasks(TaskSearch.of(mine.coordinator().person()))).noneMatch(task -> task.trajectoryId().equals(theirs.id()));
        assertThat(workflow.tasks(TaskSearch.of(mine.resident(0).person()))).isEmpty();
        assertThatThrownBy(() -> workflow.task(theirTask.id(), mine.coordinator().person()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workflow.complete(theirTask.id(), mine.coordinator().person(), new RecruitmentOutcome()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workflow.complete(theirTask.id(), mine.professional(0).person(), new RecruitmentOutcome()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void holdsTheGateUntilFiveResidentsFromTwoChannelsAreInvolved() {
        Setup setup = fixture.start(6, 1);
        for (int i = 0; i < 4; i++) {
            involvement.recordRecruitment(setup.id(), setup.resident(i).participant(), RecruitmentChannel.DOOR_TO_DOOR, null);
        }

        fixture.completeAsCoordinator(setup, Activities.RECRUIT_RESIDENTS, new RecruitmentOutcome());

        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.EARLY_INVOLVEMENT);
        fixture.task(setup.coordinator(), setup.id(), Activities.RECRUIT_RESIDENTS);

        involvement.recordRecruitment(setup.id(), setup.resident(4).participant(), RecruitmentChannel.ONLINE, null);
        fixture.completeAsCoordinator(setup, Activities.RECRUIT_RESIDENTS, new RecruitmentOutcome());

        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.MOTIVATION);
        assertThat(fixture.tasks(setup.professional(0), setup.id(), Activities.MOTIVATION_CONVERSATION)).hasSize(6);
        assertThat(fixture.tasks(setup.resident(0), setup.id(), Activities.MOTIVATION_CONVERSATION)).isEmpty();
    }

    @Test
    void pagesAPersonsTasksInTheDatabaseWithTheTotalOnEveryPage() {
        Setup setup = fixture.start(6, 1);
        fixture.jumpTo(setup.id(), Activities.LIST_RESIDENTS, Map.of());
        PersonId professional = setup.professional(0).person();
        List<WorkflowTask> conversations = fixture.tasks(setup.professional(0), setup.id(), Activities.MOTIVATION_CONVERSATION);
        assertThat(conversations).hasSize(6);
        workflow.claim(conversations.get(2).id(), professional);
        TaskSearch open = TaskSearch.of(professional).which(TaskSearch.Which.OPEN).in(setup.id());

        TaskPage first = workflow.tasks(open, 0, 4);
        TaskPage second = workflow.tasks(open, 4, 4);
        TaskPage beyond = workflow.tasks(open, 8, 4);
        TaskPage countOnly = workflow.tasks(open, 0, 0);
        TaskPage mine = workflow.tasks(open.which(TaskSearch.Which.MINE), 0, 10);
        TaskPage both = workflow.tasks(open.which(TaskSearch.Which.MINE_AND_OPEN), 3, 10);

        assertThat(first.tasks()).hasSize(4);
        assertThat(second.tasks()).hasSize(1);
        assertThat(beyond.tasks()).isEmpty();
        assertThat(List.of(first.total(), second.total(), beyond.total(), countOnly.total())).containsOnly(5L);
        assertThat(countOnly.tasks()).isEmpty();
        List<WorkflowTask> paged = new ArrayList<>(first.tasks());
        paged.addAll(second.tasks());
        assertThat(paged).extracting(WorkflowTask::id).doesNotContain(conversations.get(2).id())
                .containsExactlyElementsOf(workflow.tasks(open).stream().map(WorkflowTask::id).toList());
        assertThat(paged).allSatisfy(task -> assertThat(task.trajectoryId()).isEqualTo(setup.id()));
        assertThat(mine.tasks()).extracting(WorkflowTask::id).containsExactly(conversations.get(2).id());
        assertThat(mine.total()).isEqualTo(1);
        assertThat(both.total()).isEqualTo(6);
        assertThat(both.tasks()).hasSize(3);
        assertThat(workflow.tasks(TaskSearch.of(setup.resident(0).person()), 0, 10).total()).isZero();
    }

    @Test
    void remindsTheCoordinatorEvery14DaysWhileTheGateHolds() {
        Setup setup = fixture.start(1, 1);

        fixture.advance(Duration.ofDays(14).plusMinutes(1));
        fixture.executeDueJobs(setup.id());
        fixture.advance(Duration.ofDays(14));
        fixture.executeDueJobs(setup.id());

        assertThat(involvement.reminders(setup.id())).hasSize(2);
        fixture.task(setup.coordinator(), setup.id(), Activities.RECRUIT_RESIDENTS);
    }

    @Test
    void refusesAnOutcomeThatBreaksARuleAndStoresNothing() {
        Setup setup = fixture.start(2, 1);
        fixture.jumpTo(setup.id(), Activities.LIST_RESIDENTS, Map.of());
        WorkflowTask conversation = fixture.tasks(setup.professional(0), setup.id(), Activities.MOTIVATION_CONVERSATION).get(0);

        assertThatThrownBy(() -> workflow.complete(conversation.id(), setup.professional(0).person(),
                new MotivationOutcome(Set.of(EnergySource.BUDDY), 400, Set.of(), Set.of(), null)))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("hoursPerMonth"));

        assertThat(jdbc.queryForObject("select count(*) from motivation_profile where trajectory_id = ?", Integer.class,
                setup.id().value())).isZero();
        assertThat(workflow.task(conversation.id(), setup.professional(0).person())).isNotNull();
    }

    @Test
    void refusesAnOutcomeOfTheWrongKind() {
        Setup setup = fixture.start(1, 1);
        WorkflowTask recruit = fixture.task(setup.coordinator(), setup.id(), Activities.RECRUIT_RESIDENTS);

        assertThatThrownBy(() -> workflow.complete(recruit.id(), setup.coordinator().person(), new WorkingPhaseCloseOutcome()))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("outcome"));
    }

    @Test
    void recordsTheMotivationConversationByTheProfessionalWhoHeldIt() {
        Setup setup = fixture.start(2, 2);
        fixture.jumpTo(setup.id(), Activities.LIST_RESIDENTS, Map.of());
        WorkflowTask conversation = fixture.tasks(setup.professional(1), setup.id(), Activities.MOTIVATION_CONVERSATION).get(0);

        workflow.claim(conversation.id(), setup.professional(1).person());
        assertThat(fixture.tasks(setup.professional(0), setup.id(), Activities.MOTIVATION_CONVERSATION)).hasSize(1);
        assertThatThrownBy(() -> workflow.claim(conversation.id(), setup.professional(0).person()))
                .isInstanceOfSatisfying(TaskConflictException.class, ex -> {
                    assertThat(ex.reason()).isEqualTo(TaskConflictException.Reason.CLAIMED_BY_COLLEAGUE);
                    assertThat(ex.holder()).isEqualTo("Professional 2");
                });
        workflow.complete(conversation.id(), setup.professional(1).person(), new MotivationOutcome(
                Set.of(EnergySource.SHARING_IDEAS), 8, Set.of(ParticipationLevel.CONSULTATION), Set.of(PreferredTime.EVENING),
                "Vervoer naar de bijeenkomsten"));

        assertThat(motivations.list(setup.id())).singleElement().satisfies(profile ->
                assertThat(profile.createdBy()).isEqualTo("system"));
        assertThat(fixture.tasks(setup.professional(0), setup.id(), Activities.MOTIVATION_CONVERSATION)).hasSize(1);
    }

    @Test
    void releasesAClaimedTaskBackToTheGroup() {
        Setup setup = fixture.start(1, 2);
        fixture.jumpTo(setup.id(), Activities.LIST_RESIDENTS, Map.of());
        WorkflowTask conversation = fixture.task(setup.professional(0), setup.id(), Activities.MOTIVATION_CONVERSATION);

        workflow.claim(conversation.id(), setup.professional(0).person());
        workflow.release(conversation.id(), setup.professional(0).person());

        assertThat(fixture.task(setup.professional(1), setup.id(), Activities.MOTIVATION_CONVERSATION).assignee()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_task_meter_log", Long.class))
                .as("no licence metrics of who claimed what").isZero();
    }

    @Test
    void goesOnWithoutAResidentWhoStepsBackDuringTheVisionReview() {
        Setup setup = fixture.start(2, 1);
        fixture.jumpTo(setup.id(), Activities.DRAFT_VISION, Map.of());
        fixture.completeAsCoordinator(setup, Activities.DRAFT_VISION, new VisionDraftOutcome("Samen gezonder in de wijk",
                List.of(new VisionContent.Expectation(Party.RESIDENTS, null, "Meedenken over de plannen")),
                List.of(new VisionContent.Criterion("Elke inbreng krijgt antwoord", "Registratie", "100 procent"))));
        for (Member member : List.of(setup.coordinator(), setup.professional(0), setup.resident(0))) {
            workflow.complete(fixture.task(member, setup.id(), Activities.REVIEW_VISION).id(), member.person(),
                    new VisionReviewOutcome(ReviewVerdict.ENDORSED, null));
        }
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.SHARED_VISION);

        workflow.stepBack(setup.id(), setup.resident(1).participant(), setup.resident(1).person());

        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.ROLE_AGREEMENTS);
        assertThat(trajectories.get(setup.id()).participant(setup.resident(1).participant()).isActive()).isFalse();
        assertThat(workflow.tasks(TaskSearch.of(setup.resident(1).person()))).isEmpty();
        assertThat(history.createHistoricVariableInstanceQuery().variableName(TrajectoryWorkflow.WITHDRAWN)
                .processInstanceId(fixture.instance(setup.id()).getId()).count()).isEqualTo(1);
    }

    @Test
    void letsOnlyTheResidentOrTheCoordinatorStepBack() {
        Setup setup = fixture.start(2, 1);

        assertThatThrownBy(() -> workflow.stepBack(setup.id(), setup.resident(0).participant(), setup.resident(1).person()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workflow.stepBack(setup.id(), setup.professional(0).participant(), setup.coordinator().person()))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("participantId"));
        workflow.stepBack(setup.id(), setup.resident(0).participant(), setup.coordinator().person());

        assertThat(trajectories.get(setup.id()).activeResidents()).hasSize(1);
    }

}
