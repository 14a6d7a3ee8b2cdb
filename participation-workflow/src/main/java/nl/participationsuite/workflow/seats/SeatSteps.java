package nl.participationsuite.workflow.seats;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.participationsuite.domain.seats.CompositionOverride;
import nl.participationsuite.domain.seats.Seat;
import nl.participationsuite.domain.seats.SeatCompositionRules;
import nl.participationsuite.domain.seats.SeatCompositionVerdict;
import nl.participationsuite.domain.seats.SeatRulesOverride;
import nl.participationsuite.domain.seats.SteeringGroup;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.Executions;
import nl.participationsuite.workflow.tasks.OutcomeHandler;
import nl.participationsuite.workflow.tasks.TaskContext;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steering group in the process: the coordinator composes it (the domain refuses a composition
 * that breaks the seat rules unless the coordinator justifies it, so a composed group goes on to its
 * seat holders), resident seat holders accept or decline their seat, and a step back vacates seats
 * that the coordinator may have to restore when the domain's seat rules say they are broken.
 */
@Configuration(proxyBeanMethods = false)
class SeatSteps {

    /**
     * The seat rules' verdict on the seats occupied now (after someone stepped back), as the domain's
     * {@link SeatCompositionRules} give it, with the facts it was judged on and whether the
     * coordinator's latest override covers what the seats break.
     */
    @Bean("loadSeatComposition")
    JavaDelegate loadSeatComposition(SteeringGroupService steeringGroups) {
        return execution -> {
            Optional<SteeringGroup> group = steeringGroups.groupOf(Executions.trajectoryId(execution));
            SeatCompositionVerdict verdict = group.map(SteeringGroup::verdict)
                    .orElseGet(() -> SeatCompositionRules.evaluate(List.of()));
            execution.setVariable(VariableNames.COMPOSITION_OK, verdict.ok());
            execution.setVariable(VariableNames.BROKEN_RULE, verdict.brokenRules().isEmpty() ? null : verdict.brokenRules().get(0));
            execution.setVariable(VariableNames.RESIDENT_SEATS, verdict.residentSeats());
            execution.setVariable(VariableNames.TOTAL_SEATS, verdict.totalSeats());
            execution.setVariable(VariableNames.RESIDENT_BACKGROUNDS, verdict.distinctResidentBackgrounds());
            execution.setVariable(VariableNames.OVERRIDE_JUSTIFIED,
                    group.map(g -> overrideJustifies(g, verdict)).orElse(false));
            execution.setVariable(VariableNames.HAS_STEERING_GROUP, group.isPresent());
        };
    }

    /**
     * Whether the coordinator's latest override was given for the current composition (with or after
     * its newest seats) and covers every rule the occupied seats break now.
     */
    private static boolean overrideJustifies(SteeringGroup group, SeatCompositionVerdict verdict) {
        List<CompositionOverride> overrides = group.overrides();
        if (verdict.ok() || overrides.isEmpty()) {
            return false;
        }
        CompositionOverride latest = overrides.get(overrides.size() - 1);
        Optional<Instant> composedAt = group.seats().stream().map(Seat::assignedAt).max(Comparator.naturalOrder());
        return composedAt.isPresent() && !latest.givenAt().isBefore(composedAt.get())
                && latest.brokenRules().containsAll(verdict.brokenRules());
    }

    /**
     * The resident seat holders who have not accepted their seat yet, by person id (each gets the
     * task). Holders who accepted in an earlier round are not asked again; a decline of an earlier
     * round no longer counts.
     */
    @Bean("listResidentSeatHolders")
    JavaDelegate listResidentSeatHolders(SteeringGroupService steeringGroups, TrajectoryService trajectories) {
        return execution -> {
            TrajectoryId trajectoryId = Executions.trajectoryId(execution);
            Trajectory trajectory = trajectories.get(trajectoryId);
            List<String> holders = steeringGroups.get(trajectoryId).occupiedSeats().stream()
                    .filter(Seat::isResidentSeat)
                    .filter(seat -> !seat.isAccepted())
                    .map(seat -> trajectory.participant(seat.holderId()).personId().toString())
                    .toList();
            execution.removeVariable(VariableNames.ALL_SEATS_ACCEPTED);
            Executions.setCollection(execution, VariableNames.RESIDENT_SEAT_HOLDER_IDS, holders);
        };
    }

    /**
     * Every resident seat accepted: nobody declined in this round (a decline answers
     * {@code allSeatsAccepted = false} at once) and every occupied resident seat is accepted.
     */
    @Bean("checkSeatAcceptance")
    JavaDelegate checkSeatAcceptance(SteeringGroupService steeringGroups) {
        return execution -> {
            boolean declined = Boolean.FALSE.equals(execution.getVariable(VariableNames.ALL_SEATS_ACCEPTED));
            boolean allAccepted = steeringGroups.get(Executions.trajectoryId(execution)).occupiedSeats().stream()
                    .filter(Seat::isResidentSeat)
                    .allMatch(Seat::isAccepted);
            execution.setVariable(VariableNames.ALL_SEATS_ACCEPTED, !declined && allAccepted);
        };
    }

    /** The participant stepped back (the caller recorded that in the trajectory): their seats are vacated. */
    @Bean("recordStepBack")
    JavaDelegate recordStepBack(SteeringGroupService steeringGroups) {
        return execution -> steeringGroups.vacateSeatsOf(Executions.trajectoryId(execution),
                ParticipantId.of(Executions.required(execution, VariableNames.PARTICIPANT_ID)));
    }

    @Bean
    OutcomeHandler<SeatCompositionOutcome> seatCompositionHandler(SteeringGroupService steeringGroups) {
        return OutcomeHandler.of(FormKeys.SEAT_COMPOSITION, SeatCompositionOutcome.class, (task, outcome) -> {
            steeringGroups.compose(task.trajectoryId(), outcome.seats(),
                    new SeatRulesOverride(task.actor(), outcome.overrideJustification()));
            return Map.of();
        });
    }

    /**
     * Accepting takes the seat. Declining gives it up, with the holder's reason when given: the seat
     * is vacated (kept on record), so that the coordinator composes again around it.
     */
    @Bean
    OutcomeHandler<SeatAcceptanceOutcome> seatAcceptanceHandler(SteeringGroupService steeringGroups,
            TrajectoryService trajectories) {
        return OutcomeHandler.of(FormKeys.SEAT_ACCEPTANCE, SeatAcceptanceOutcome.class, (task, outcome) -> {
            if (outcome.answer() == null) {
                throw new RuleViolationException("answer", "required", "answer is required");
            }
            Seat seat = seatOfActor(steeringGroups, trajectories, task);
            if (outcome.answer() == SeatAcceptanceOutcome.Answer.ACCEPT) {
                steeringGroups.acceptSeat(seat.id(), seat.holderId());
                return Map.of();
            }
            steeringGroups.declineSeat(seat.id(), seat.holderId(), outcome.comment());
            return Map.of(VariableNames.ALL_SEATS_ACCEPTED, false);
        });
    }

    @Bean
    OutcomeHandler<SeatRestorationOutcome> seatRestorationHandler(SteeringGroupService steeringGroups) {
        return OutcomeHandler.of(FormKeys.SEAT_RESTORATION, SeatRestorationOutcome.class, (task, outcome) -> {
            SeatRulesOverride override = new SeatRulesOverride(task.actor(), outcome.overrideJustification());
            if (outcome.seats() == null || outcome.seats().isEmpty()) {
                steeringGroups.keepAsItIs(task.trajectoryId(), override);
            }
            else {
                steeringGroups.compose(task.trajectoryId(), outcome.seats(), override);
            }
            return Map.of();
        });
    }

    /** The occupied seat of the person completing the task. */
    private static Seat seatOfActor(SteeringGroupService steeringGroups, TrajectoryService trajectories,
            TaskContext task) {
        ParticipantId holder = trajectories.get(task.trajectoryId()).participantOf(task.actor())
                .map(Participant::id)
                .orElseThrow(() -> new RuleViolationException("participantId", "participant.unknown",
                        "only a participant of the trajectory holds a seat"));
        return steeringGroups.get(task.trajectoryId()).occupiedSeats().stream()
                .filter(seat -> seat.holderId().equals(holder))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("seatId", "seats.unknown",
                        "participant " + holder + " holds no seat in the steering group"));
    }
}
