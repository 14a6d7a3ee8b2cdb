package nl.participationsuite.workflow.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.participationsuite.domain.seats.Background;
import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.OpenRound;
import nl.participationsuite.domain.seats.RoundOutcome;
import nl.participationsuite.domain.seats.Seat;
import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.seats.SeatCompositionRules;
import nl.participationsuite.domain.seats.SteeringGroup;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.seats.Vote;
import nl.participationsuite.domain.seats.VoteChoice;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.TrajectoryProcess.Messages;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.WorkflowFixture;
import nl.participationsuite.workflow.WorkflowFixture.Member;
import nl.participationsuite.workflow.WorkflowFixture.Setup;
import nl.participationsuite.workflow.WorkflowIntegrationTest;
import nl.participationsuite.workflow.seats.SeatAcceptanceOutcome.Answer;
import nl.participationsuite.workflow.tasks.TaskConflictException;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import nl.participationsuite.workflow.tasks.WorkflowTask;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Decision seats on the real PostgreSQL: composing the steering group (and the override of its
 * rules), seats accepted or declined, decision rounds with their votes and deadline, and seats
 * restored after a resident steps back.
 */
@WorkflowIntegrationTest
class DecisionSeatsIntegrationTests {

    private static final String JUSTIFICATION = "Only one resident was willing to take a seat in this first year.";

    @Autowired
    TrajectoryWorkflow workflow;

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    SteeringGroupService steeringGroups;

    @Autowired
    DecisionRoundService rounds;

    @Autowired
    DecisionRoundWorkflow roundWorkflow;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    Clock clock;

    @AfterEach
    void resetTheEngineClock() {
        fixture.resetEngineClock();
    }

    // composing and accepting

    @Test
    void asksEveryResidentSeatHolderToAcceptTheirSeatOnceTheCompositionMeetsTheRules() {
        Setup setup = fixture.start(3, 1);
        fixture.jumpTo(setup.id(), Activities.COMPOSE_STEERING_GROUP, Map.of());

        fixture.complete(setup, setup.coordinator(), Activities.COMPOSE_STEERING_GROUP, new SeatCompositionOutcome(List.of(
                seat(setup.resident(0), Background.LOW_INCOME), seat(setup.resident(1), Background.YOUTH),
                seat(setup.professional(0))), null));

        assertThat(steeringGroups.verdict(setup.id()).residentSeats()).isEqualTo(2);
        WorkflowTask first = fixture.task(setup.resident(0), setup.id(), Activities.ACCEPT_SEAT);
        assertThat(first.assignee()).isEqualTo(setup.resident(0).person());
        fixture.task(setup.resident(1), setup.id(), Activities.ACCEPT_SEAT);
        assertThat(fixture.tasks(setup.resident(2), setup.id(), Activities.ACCEPT_SEAT)).isEmpty();
        assertThat(fixture.tasks(setup.professional(0), setup.id(), Activities.ACCEPT_SEAT)).isEmpty();

        fixture.complete(setup, setup.resident(0), Activities.ACCEPT_SEAT, new SeatAcceptanceOutcome(Answer.ACCEPT, null));
        fixture.complete(setup, setup.resident(1), Activities.ACCEPT_SEAT, new SeatAcceptanceOutcome(Answer.ACCEPT, null));

        assertThat(steeringGroups.get(setup.id()).occupiedSeats()).hasSize(3)
                .filteredOn(Seat::isResidentSeat).hasSize(2).allMatch(Seat::isAccepted);
        assertThat(trajectories.get(setup.id()).phase()).isEqualTo(Phase.WORKING_TOGETHER);
        fixture.task(setup.coordinator(), setup.id(), Activities.CLOSE_WORKING_PHASE);
    }

    @Test
    void refusesACompositionThatBreaksTheRulesWithoutAJustificationAndStoresNothing() {
        Setup setup = fixture.start(1, 1);
        fixture.jumpTo(setup.id(), Activities.COMPOSE_STEERING_GROUP, Map.of());
        List<SeatAssignment> tokenResident = List.of(seat(setup.resident(0), Background.LOW_INCOME, Background.YOUTH),
                seat(setup.professional(0)));

        assertThatThrownBy(() -> fixture.complete(setup, setup.coordinator(), Activities.COMPOSE_STEERING_GROUP,
                new SeatCompositionOutcome(tokenResident, null)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo(SeatCompositionRules.TOO_FEW_RESIDENTS));
        assertThatThrownBy(() -> fixture.complete(setup, setup.coordinator(), Activities.COMPOSE_STEERING_GROUP,
                new SeatCompositionOutcome(tokenResident, "Too short.")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.field()).isEqualTo("overrideJustification"));

        assertThat(steeringGroups.groupOf(setup.id())).isEmpty();
        fixture.task(setup.coordinator(), setup.id(), Activities.COMPOSE_STEERING_GROUP);
        assertThat(fixture.tasks(setup.resident(0), setup.id(), Activities.ACCEPT_SEAT)).isEmpty();
    }

    @Test
    void acceptsACompositionThatBreaksTheRulesWithTheCoordinatorsJustificationAndRecordsTheOverride() {
        Setup setup = fixture.start(1, 1);
        fixture.jumpTo(setup.id(), Activities.COMPOSE_STEERING_GROUP, Map.of());

        fixture.complete(setup, setup.coordinator(), Activities.COMPOSE_STEERING_GROUP, new SeatCompositionOutcome(List.of(
                seat(setup.resident(0), Background.LOW_INCOME, Background.YOUTH), seat(setup.professional(0))),
                JUSTIFICATION));

        assertThat(steeringGroups.overrides(setup.id())).singleElement().satisfies(override -> {
            assertThat(override.givenBy()).isEqualTo(setup.coordinator().person());
            assertThat(override.justification()).isEqualTo(JUSTIFICATION);
            assertThat(override.brokenRules()).containsExactly(SeatCompositionRules.TOO_FEW_RESIDENTS);
        });
        fixture.complete(setup, setup.resident(0), Activities.ACCEPT_SEAT, new SeatAcceptanceOutcome(Answer.ACCEPT, null));

        fixture.task(setup.coordinator(), setup.id(), Activities.CLOSE_WORKING_PHASE);
    }

    @Test
    void composesAgainWhenAResidentDeclinesTheirSeatAndAsksOnlyTheNewHolder() {
        Setup setup = fixture.start(3, 1);
        fixture.jumpTo(setup.id(), Activities.COMPOSE_STEERING_GROUP, Map.of());
        fixture.complete(setup, setup.coordinator(), Activities.COMPOSE_STEERING_GROUP, new SeatCompositionOutcome(List.of(
                seat(setup.resident(0), Background.LOW_INCOME), seat(setup.resident(1), Background.YOUTH),
                seat(setup.professional(0))), null));

        fixture.complete(setup, setup.resident(0), Activities.ACCEPT_SEAT, new SeatAcceptanceOutcome(Answer.DECLINE, null));
        fixture.complete(setup, setup.resident(1), Activities.ACCEPT_SEAT, new SeatAcceptanceOutcome(Answer.ACCEPT, null));

        assertThat(runtimeService.getVariable(fixture.instance(setup.id()).getId(), VariableNames.ALL_SEATS_ACCEPTED))
                .isEqualTo(false);
        fixture.task(setup.coordinator(), setup.id(), Activities.COMPOSE_STEERING_GROUP);
        SteeringGroup group = steeringGroups.get(setup.id());
        assertThat(group.seats()).filteredOn(seat -> seat.holderId().equals(setup.resident(0).participant()))
                .singleElement().satisfies(declined -> {
                    assertThat(declined.isOccupied()).isFalse();
                    assertThat(declined.isAccepted()).isFalse();
                });
        assertThat(group.holders()).containsExactlyInAnyOrder(setup.resident(1).participant(),
                setup.professional(0).participant());

        fixture.complete(setup, setup.coordinator(), Activities.COMPOSE_STEERING_GROUP,
                new SeatCompositionOutcome(List.of(seat(setup.resident(2), Background.SENIOR)), null));

        assertThat(fixture.tasks(setup.resident(1), setup.id(), Activities.ACCEPT_SEAT)).isEmpty();
        fixture.complete(setup, setup.resident(2), Activities.ACCEPT_SEAT, new SeatAcceptanceOutcome(Answer.ACCEPT, null));

        assertThat(steeringGroups.get(setup.id()).occupiedSeats()).filteredOn(Seat::isResidentSeat)
                .extracting(Seat::holderId)
                .containsExactlyInAnyOrder(setup.resident(1).participant(), setup.resident(2).participant());
        fixture.task(setup.coordinator(), setup.id(), Activities.CLOSE_WORKING_PHASE);
    }

    @Test
    void keepsTheReasonAResidentGivesForDecliningTheirSeat() {
        Setup setup = fixture.start(2, 1);
        fixture.jumpTo(setup.id(), Activities.COMPOSE_STEERING_GROUP, Map.of());
        fixture.complete(setup, setup.coordinator(), Activities.COMPOSE_STEERING_GROUP, new SeatCompositionOutcome(List.of(
                seat(setup.resident(0), Background.LOW_INCOME), seat(setup.resident(1), Background.YOUTH)), null));

        fixture.complete(setup, setup.resident(0), Activities.ACCEPT_SEAT,
                new SeatAcceptanceOutcome(Answer.DECLINE, "Ik heb er nu geen tijd voor."));

        assertThat(steeringGroups.get(setup.id()).seats())
                .filteredOn(seat -> seat.holderId().equals(setup.resident(0).participant()))
                .singleElement().satisfies(declined -> {
                    assertThat(declined.declineComment()).isEqualTo("Ik heb er nu geen tijd voor.");
                    assertThat(declined.declinedAt()).isNotNull();
                    assertThat(declined.isOccupied()).isFalse();
                });
    }

    @Test
    void refusesAnAnswerlessSeatResponseAndKeepsTheSeat() {
        Setup setup = fixture.start(2, 1);
        fixture.jumpTo(setup.id(), Activities.COMPOSE_STEERING_GROUP, Map.of());
        fixture.complete(setup, setup.coordinator(), Activities.COMPOSE_STEERING_GROUP, new SeatCompositionOutcome(List.of(
                seat(setup.resident(0), Background.LOW_INCOME), seat(setup.resident(1), Background.YOUTH)), null));

        assertThatThrownBy(() -> fixture.complete(setup, setup.resident(0), Activities.ACCEPT_SEAT,
                new SeatAcceptanceOutcome(null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("answer"));

        assertThat(steeringGroups.get(setup.id()).holders()).contains(setup.resident(0).participant());
        fixture.task(setup.resident(0), setup.id(), Activities.ACCEPT_SEAT);
    }

    @Test
    void letsOnlyTheCoordinatorComposeAndOnlyTheHolderAnswerTheirSeat() {
        Setup setup = fixture.start(2, 1);
        fixture.jumpTo(setup.id(), Activities.COMPOSE_STEERING_GROUP, Map.of());
        WorkflowTask compose = fixture.task(setup.coordinator(), setup.id(), Activities.COMPOSE_STEERING_GROUP);
        SeatCompositionOutcome composition = new SeatCompositionOutcome(List.of(
                seat(setup.resident(0), Background.LOW_INCOME), seat(setup.resident(1), Background.YOUTH)), null);

        assertThatThrownBy(() -> workflow.complete(compose.id(), setup.professional(0).person(), composition))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workflow.complete(compose.id(), setup.resident(0).person(), composition))
                .isInstanceOf(NotFoundException.class);
        workflow.complete(compose.id(), setup.coordinator().person(), composition);

        WorkflowTask seatOfFirst = fixture.task(setup.resident(0), setup.id(), Activities.ACCEPT_SEAT);
        assertThatThrownBy(() -> workflow.complete(seatOfFirst.id(), setup.resident(1).person(),
                new SeatAcceptanceOutcome(Answer.ACCEPT, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workflow.complete(seatOfFirst.id(), setup.coordinator().person(),
                new SeatAcceptanceOutcome(Answer.DECLINE, null))).isInstanceOf(NotFoundException.class);
        assertThat(steeringGroups.get(setup.id()).seats()).noneMatch(Seat::isAccepted).allMatch(Seat::isOccupied);
    }

    // decision rounds

    @Test
    void closesADecisionRoundAtItsDeadlineAndRecordsWhoDidNotVoteAsAbsent() {
        Setup setup = workingTogetherWithSteeringGroup();
        Instant deadline = clock.instant().plus(Duration.ofDays(7));

        DecisionRound round = roundWorkflow.open(setup.id(), new OpenRound("Bankjes in het park",
                "We plaatsen tien nieuwe bankjes langs de wandelroute.", deadline));

        WorkflowTask vote = fixture.task(setup.resident(0), setup.id(), Activities.CAST_VOTE);
        assertThat(vote.assignee()).isEqualTo(setup.resident(0).person());
        fixture.task(setup.resident(1), setup.id(), Activities.CAST_VOTE);
        fixture.task(setup.professional(0), setup.id(), Activities.CAST_VOTE);
        assertThat(fixture.tasks(setup.coordinator(), setup.id(), Activities.CAST_VOTE)).isEmpty();
        fixture.complete(setup, setup.resident(0), Activities.CAST_VOTE, new VoteOutcome(VoteChoice.FOR, "Goed plan"));

        fixture.advance(Duration.ofDays(7).plusMinutes(1));
        fixture.executeDueJobs(setup.id());

        DecisionRound closed = rounds.get(round.id());
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.outcome()).as("one vote of three seat holders is no quorum").isEqualTo(RoundOutcome.NO_QUORUM);
        assertThat(closed.voteOf(setup.resident(0).participant())).get().satisfies(cast -> {
            assertThat(cast.choice()).isEqualTo(VoteChoice.FOR);
            assertThat(cast.comment()).isEqualTo("Goed plan");
        });
        assertThat(closed.votes()).filteredOn(v -> v.choice() == VoteChoice.ABSENT).extracting(Vote::participantId)
                .containsExactlyInAnyOrder(setup.resident(1).participant(), setup.professional(0).participant());
        assertThat(fixture.tasks(setup.resident(1), setup.id(), Activities.CAST_VOTE)).isEmpty();
        fixture.task(setup.coordinator(), setup.id(), Activities.CLOSE_WORKING_PHASE);
    }

    @Test
    void closesADecisionRoundAsSoonAsEverySeatHolderVoted() {
        Setup setup = workingTogetherWithSteeringGroup();
        DecisionRound round = roundWorkflow.open(setup.id(), new OpenRound("Ontmoetingsplek",
                "De buurtkamer wordt ook op zaterdag open.", clock.instant().plus(Duration.ofDays(7))));

        fixture.complete(setup, setup.resident(0), Activities.CAST_VOTE, new VoteOutcome(VoteChoice.FOR, null));
        fixture.complete(setup, setup.resident(1), Activities.CAST_VOTE, new VoteOutcome(VoteChoice.AGAINST, "Te duur"));
        assertThat(rounds.get(round.id()).isClosed()).isFalse();
        fixture.complete(setup, setup.professional(0), Activities.CAST_VOTE, new VoteOutcome(VoteChoice.ABSTAIN, null));

        DecisionRound closed = rounds.get(round.id());
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.outcome()).isEqualTo(RoundOutcome.REJECTED);
        assertThat(closed.votes()).extracting(Vote::choice)
                .containsExactlyInAnyOrder(VoteChoice.FOR, VoteChoice.AGAINST, VoteChoice.ABSTAIN);
        assertThat(running(setup, Activities.DECISION_ROUND)).isEmpty();
    }

    @Test
    void refusesAVoteThatIsNoVoteAndAVoteInSomeoneElsesName() {
        Setup setup = workingTogetherWithSteeringGroup();
        DecisionRound round = roundWorkflow.open(setup.id(), new OpenRound("Ontmoetingsplek",
                "De buurtkamer wordt ook op zaterdag open.", clock.instant().plus(Duration.ofDays(7))));
        WorkflowTask vote = fixture.task(setup.resident(0), setup.id(), Activities.CAST_VOTE);

        assertThatThrownBy(() -> workflow.complete(vote.id(), setup.resident(0).person(),
                new VoteOutcome(VoteChoice.ABSENT, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("choice"));
        assertThatThrownBy(() -> workflow.complete(vote.id(), setup.resident(1).person(),
                new VoteOutcome(VoteChoice.AGAINST, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workflow.complete(vote.id(), setup.coordinator().person(),
                new VoteOutcome(VoteChoice.AGAINST, null))).isInstanceOf(NotFoundException.class);

        assertThat(rounds.get(round.id()).votes()).isEmpty();
        fixture.task(setup.resident(0), setup.id(), Activities.CAST_VOTE);
    }

    @Test
    void answersACompletedVoteOfAnotherResidentAsNotFoundAndOnlyItsVoterAsAlreadyDone() {
        Setup setup = workingTogetherWithSteeringGroup();
        roundWorkflow.open(setup.id(), new OpenRound("Ontmoetingsplek",
                "De buurtkamer wordt ook op zaterdag open.", clock.instant().plus(Duration.ofDays(7))));
        WorkflowTask vote = fixture.task(setup.resident(0), setup.id(), Activities.CAST_VOTE);
        workflow.complete(vote.id(), setup.resident(0).person(), new VoteOutcome(VoteChoice.FOR, null));

        for (Member outsider : List.of(setup.resident(1), setup.coordinator(), setup.professional(0))) {
            assertThatThrownBy(() -> workflow.task(vote.id(), outsider.person())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> workflow.complete(vote.id(), outsider.person(),
                    new VoteOutcome(VoteChoice.AGAINST, null))).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> workflow.complete(vote.id(), setup.resident(0).person(),
                new VoteOutcome(VoteChoice.AGAINST, null))).isInstanceOfSatisfying(TaskConflictException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(TaskConflictException.Reason.COMPLETED_BY_YOU));
    }

    @Test
    void refusesToOpenADecisionRoundBeforeWorkingTogetherAndStoresNothing() {
        Setup setup = fixture.start(2, 1);
        steeringGroups.compose(setup.id(), List.of(seat(setup.resident(0), Background.LOW_INCOME),
                seat(setup.resident(1), Background.YOUTH)), null);

        assertThatThrownBy(() -> roundWorkflow.open(setup.id(), new OpenRound("Te vroeg", "Een voorstel.",
                clock.instant().plus(Duration.ofDays(7)))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("rounds.not-working-together"));

        assertThat(rounds.rounds(setup.id())).isEmpty();
    }

    // stepping back

    @Test
    void asksTheCoordinatorToRestoreTheSeatsWhenAStepBackBreaksTheRules() {
        Setup setup = workingTogetherWithSteeringGroup();

        stepBack(setup, setup.resident(0));

        assertThat(steeringGroups.get(setup.id()).holders()).doesNotContain(setup.resident(0).participant());
        assertThat(fixture.tasks(setup.professional(0), setup.id(), Activities.RESTORE_SEATS)).isEmpty();
        assertThatThrownBy(() -> fixture.complete(setup, setup.coordinator(), Activities.RESTORE_SEATS,
                new SeatRestorationOutcome(List.of(), null)))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("seats"));
        assertThat(running(setup, Activities.RESTORE_SEATS)).hasSize(1);
        fixture.complete(setup, setup.coordinator(), Activities.RESTORE_SEATS,
                new SeatRestorationOutcome(List.of(seat(setup.resident(2), Background.SENIOR)), null));

        assertThat(steeringGroups.verdict(setup.id()).ok()).isTrue();
        assertThat(steeringGroups.get(setup.id()).holders()).contains(setup.resident(2).participant());
        assertThat(fixture.tasks(setup.coordinator(), setup.id(), Activities.RESTORE_SEATS)).isEmpty();
        fixture.task(setup.coordinator(), setup.id(), Activities.CLOSE_WORKING_PHASE);
    }

    @Test
    void keepsTheGroupAsItIsWithTheCoordinatorsJustificationWhenNoOneCanTakeTheSeat() {
        Setup setup = workingTogetherWithSteeringGroup();
        stepBack(setup, setup.resident(0));
        List<String> broken = steeringGroups.verdict(setup.id()).brokenRules();
        assertThat(broken).isNotEmpty();

        assertThatThrownBy(() -> fixture.complete(setup, setup.coordinator(), Activities.RESTORE_SEATS,
                new SeatRestorationOutcome(List.of(), "Te kort")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("seats.override-justification-too-short"));
        fixture.complete(setup, setup.coordinator(), Activities.RESTORE_SEATS, new SeatRestorationOutcome(List.of(),
                "Er is nu geen inwoner beschikbaar; bij de volgende bijeenkomst werven we opnieuw."));

        assertThat(steeringGroups.get(setup.id()).holders()).hasSize(2);
        assertThat(steeringGroups.overrides(setup.id())).singleElement().satisfies(override -> {
            assertThat(override.givenBy()).isEqualTo(setup.coordinator().person());
            assertThat(override.brokenRules()).isEqualTo(broken);
        });
        assertThat(fixture.tasks(setup.coordinator(), setup.id(), Activities.RESTORE_SEATS)).isEmpty();
        fixture.task(setup.coordinator(), setup.id(), Activities.CLOSE_WORKING_PHASE);
    }

    @Test
    void recordsAStepBackWithoutATaskWhenTheSeatRulesStillHold() {
        Setup setup = fixture.start(3, 1);
        steeringGroups.compose(setup.id(), List.of(seat(setup.resident(0), Background.LOW_INCOME),
                seat(setup.resident(1), Background.YOUTH), seat(setup.resident(2), Background.SENIOR),
                seat(setup.professional(0))), null);
        fixture.jumpTo(setup.id(), Activities.CLOSE_WORKING_PHASE, Map.of());

        stepBack(setup, setup.resident(0));

        assertThat(steeringGroups.get(setup.id()).holders()).hasSize(3)
                .doesNotContain(setup.resident(0).participant());
        assertThat(fixture.tasks(setup.coordinator(), setup.id(), Activities.RESTORE_SEATS)).isEmpty();
        assertThat(running(setup, Activities.RESIDENT_STEPPED_BACK_SUB_PROCESS)).isEmpty();
    }

    /** Three residents (two with a seat), a professional with a seat, working together. */
    private Setup workingTogetherWithSteeringGroup() {
        Setup setup = fixture.start(3, 1);
        steeringGroups.compose(setup.id(), List.of(seat(setup.resident(0), Background.LOW_INCOME),
                seat(setup.resident(1), Background.YOUTH), seat(setup.professional(0))), null);
        fixture.jumpTo(setup.id(), Activities.CLOSE_WORKING_PHASE, Map.of());
        return setup;
    }

    /** As the caller does it: the trajectory records the step back, then the process hears of it. */
    private void stepBack(Setup setup, Member member) {
        trajectories.stepBack(setup.id(), member.participant());
        runtimeService.createMessageCorrelation(Messages.RESIDENT_STEPPED_BACK)
                .processInstanceBusinessKey(setup.id().toString())
                .setVariablesToTriggeredScope(Map.of(VariableNames.PARTICIPANT_ID, member.participant().toString()))
                .correlate();
    }

    private SeatAssignment seat(Member member, Background... backgrounds) {
        LocalDate today = LocalDate.now(clock);
        return new SeatAssignment(member.participant(), today, today.plusYears(2), Set.of(backgrounds));
    }

    /** The running instances of an activity (a sub-process, a task) in the trajectory's process. */
    private ActivityInstance[] running(Setup setup, String activityId) {
        return runtimeService.getActivityInstance(fixture.instance(setup.id()).getId()).getActivityInstances(activityId);
    }

}
