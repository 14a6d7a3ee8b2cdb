package nl.participationsuite.domain.seats;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;

/** Composing the steering group of a trajectory, seat holders accepting and vacating their seats. */
@Service
@Transactional
public class SteeringGroupService {

    private final SteeringGroups groups;

    private final TrajectoryService trajectories;

    private final Clock clock;

    SteeringGroupService(SteeringGroups groups, TrajectoryService trajectories, Clock clock) {
        this.groups = groups;
        this.trajectories = trajectories;
        this.clock = clock;
    }

    /**
     * Gives the steering group these seats (creating the group on first use). Refused when the
     * resulting composition breaks the seat rules, unless {@code override} is the coordinator's
     * written justification; then the override is recorded.
     */
    public SteeringGroup compose(TrajectoryId trajectoryId, List<SeatAssignment> seats, SeatRulesOverride override) {
        Trajectory trajectory = openTrajectory(trajectoryId);
        SteeringGroup group = groupOf(trajectoryId).orElseGet(() -> new SteeringGroup(trajectoryId));
        group.compose(trajectory, seats, override, clock.instant());
        return groups.save(group);
    }

    /** Adds one seat (for instance to restore the rules after someone stepped back). */
    public Seat assignSeat(TrajectoryId trajectoryId, SeatAssignment seat, SeatRulesOverride override) {
        Trajectory trajectory = openTrajectory(trajectoryId);
        SteeringGroup group = groupOf(trajectoryId).orElseGet(() -> new SteeringGroup(trajectoryId));
        Seat assigned = group.assignSeat(trajectory, seat, override, clock.instant());
        groups.save(group);
        return assigned;
    }

    /**
     * Keeps the steering group as it is, with the coordinator's justification while it breaks the
     * seat rules (see {@link SteeringGroup#keepAsItIs}).
     */
    public SteeringGroup keepAsItIs(TrajectoryId trajectoryId, SeatRulesOverride override) {
        Trajectory trajectory = openTrajectory(trajectoryId);
        SteeringGroup group = get(trajectoryId);
        group.keepAsItIs(trajectory, override, clock.instant());
        return groups.save(group);
    }

    /** How the composition would fare with these seats added; stores nothing. */
    @Transactional(readOnly = true)
    public SeatCompositionVerdict preview(TrajectoryId trajectoryId, List<SeatAssignment> seats) {
        Trajectory trajectory = trajectories.get(trajectoryId);
        SteeringGroup group = groupOf(trajectoryId).orElseGet(() -> new SteeringGroup(trajectoryId));
        return group.preview(trajectory, seats, clock.instant());
    }

    /** The holder accepts their seat; nobody else can. */
    public Seat acceptSeat(SeatId seatId, ParticipantId holderId) {
        SteeringGroup group = groups.findBySeat(seatId).orElseThrow(() -> new NotFoundException("seat", seatId));
        openTrajectory(group.trajectoryId());
        return group.acceptSeat(seatId, holderId, clock.instant());
    }

    /** The holder declines their seat, optionally saying why; nobody else can. */
    public Seat declineSeat(SeatId seatId, ParticipantId holderId, String comment) {
        SteeringGroup group = groups.findBySeat(seatId).orElseThrow(() -> new NotFoundException("seat", seatId));
        openTrajectory(group.trajectoryId());
        return group.declineSeat(seatId, holderId, comment, clock.instant());
    }

    /**
     * Vacates the seat of a participant who steps back, and answers whether the remaining
     * composition still meets the rules. Never refused: stepping back is always possible.
     */
    public SeatVacancy vacateSeatsOf(TrajectoryId trajectoryId, ParticipantId participantId) {
        return groupOf(trajectoryId)
                .map(group -> group.vacateSeatsOf(participantId, clock.instant()))
                .orElseGet(() -> new SeatVacancy(List.of(), SeatCompositionRules.evaluate(List.of())));
    }

    /** How the occupied seats of the trajectory's steering group fare against the rules. */
    @Transactional(readOnly = true)
    public SeatCompositionVerdict verdict(TrajectoryId trajectoryId) {
        return groupOf(trajectoryId).map(SteeringGroup::verdict)
                .orElseGet(() -> SeatCompositionRules.evaluate(List.of()));
    }

    /**
     * The steering group as one of its members sees it: only someone who holds a seat now may look
     * inside; for anyone else (and an unknown trajectory) it does not exist.
     */
    @Transactional(readOnly = true)
    public SteeringGroup seenByHolder(TrajectoryId trajectoryId, PersonId personId) {
        Trajectory trajectory = trajectories.get(trajectoryId);
        return trajectory.participantOf(personId)
                .flatMap(member -> groupOf(trajectoryId).filter(group -> group.holdsSeat(member.id())))
                .orElseThrow(() -> new NotFoundException("steering group", trajectoryId));
    }

    /**
     * The trajectories in whose steering group one of these participants holds a seat now (a seat
     * not vacated), in one statement whatever their number.
     */
    @Transactional(readOnly = true)
    public Set<TrajectoryId> trajectoriesSeating(Collection<ParticipantId> participants) {
        return participants.isEmpty() ? Set.of() : Set.copyOf(groups.findTrajectoriesSeating(participants));
    }

    @Transactional(readOnly = true)
    public Optional<SteeringGroup> groupOf(TrajectoryId trajectoryId) {
        return groups.findByTrajectoryId(trajectoryId);
    }

    @Transactional(readOnly = true)
    public SteeringGroup get(TrajectoryId trajectoryId) {
        return groupOf(trajectoryId).orElseThrow(() -> new NotFoundException("steering group of trajectory", trajectoryId));
    }

    /** Every override of the seat rules in the trajectory, oldest first (for the reports). */
    @Transactional(readOnly = true)
    public List<CompositionOverride> overrides(TrajectoryId trajectoryId) {
        return groupOf(trajectoryId).map(SteeringGroup::overrides).orElse(List.of());
    }

    private Trajectory openTrajectory(TrajectoryId trajectoryId) {
        Trajectory trajectory = trajectories.get(trajectoryId);
        trajectory.requireOpen();
        return trajectory;
    }
}
