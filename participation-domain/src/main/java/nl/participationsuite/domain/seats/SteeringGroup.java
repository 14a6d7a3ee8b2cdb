package nl.participationsuite.domain.seats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.SensibleDates;
import nl.participationsuite.domain.shared.Texts;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonKind;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * The steering group of a trajectory: the seats residents and professionals hold in it. The group
 * itself refuses a composition that breaks the {@link SeatCompositionRules}, unless the
 * coordinator overrides them with a written justification, which is kept.
 */
@Entity
@Table(name = "steering_group")
public class SteeringGroup extends AuditedEntity {

    public static final int MINIMUM_JUSTIFICATION = 20;

    static final int MAX_JUSTIFICATION = 2000;

    @EmbeddedId
    private SteeringGroupId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false))
    private TrajectoryId trajectoryId;

    // Two collections of one aggregate: loaded with separate selects rather than one joined product.
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "steering_group_id", nullable = false)
    @OrderBy("assignedAt")
    @Fetch(FetchMode.SUBSELECT)
    private List<Seat> seats = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "steering_group_id", nullable = false)
    @OrderBy("givenAt")
    @Fetch(FetchMode.SUBSELECT)
    private List<CompositionOverride> overrides = new ArrayList<>();

    protected SteeringGroup() {
    }

    /** An empty steering group; {@link #compose} gives it its seats. */
    SteeringGroup(TrajectoryId trajectoryId) {
        this.id = SteeringGroupId.random();
        this.trajectoryId = trajectoryId;
    }

    /**
     * Adds the seats as one composition: the rules judge the occupied seats together with the new
     * ones. A broken composition is refused unless the coordinator overrides it.
     */
    public void compose(Trajectory trajectory, List<SeatAssignment> assignments, SeatRulesOverride override,
            Instant now) {
        if (assignments == null || assignments.isEmpty()) {
            throw new RuleViolationException("seats", "required", "a composition has at least one seat");
        }
        add(trajectory, assignments, "seats[%d].", override, now);
    }

    /** Adds one seat; the rules judge the composition it results in. */
    public Seat assignSeat(Trajectory trajectory, SeatAssignment assignment, SeatRulesOverride override, Instant now) {
        return add(trajectory, List.of(assignment), "", override, now).get(0);
    }

    /**
     * Keeps the occupied seats as they are: after someone stepped back, when no one can take a seat
     * yet. While the seats break the rules this needs the coordinator's written justification, which
     * is recorded as an override of exactly the rules broken now; when they meet the rules, nothing
     * is recorded.
     */
    public void keepAsItIs(Trajectory trajectory, SeatRulesOverride override, Instant now) {
        requireSameTrajectory(trajectory);
        SeatCompositionVerdict verdict = verdict();
        if (!verdict.ok()) {
            overrides.add(override(trajectory, verdict, override, now));
        }
    }

    /** How the composition would fare with these seats added; checks the seats, stores nothing. */
    public SeatCompositionVerdict preview(Trajectory trajectory, List<SeatAssignment> assignments, Instant now) {
        return verdictWith(newSeats(trajectory, assignments == null ? List.of() : assignments, "seats[%d].", now));
    }

    /** The holder accepts their seat. */
    public Seat acceptSeat(SeatId seatId, ParticipantId by, Instant now) {
        Seat seat = existingSeat(seatId);
        seat.accept(by, now);
        return seat;
    }

    /** The holder declines their seat; the coordinator composes again around it. */
    public Seat declineSeat(SeatId seatId, ParticipantId by, String comment, Instant now) {
        Seat seat = existingSeat(seatId);
        seat.decline(by, comment, now);
        return seat;
    }

    private Seat existingSeat(SeatId seatId) {
        return seat(seatId).orElseThrow(() -> new RuleViolationException("seatId", "seats.unknown",
                "no seat " + seatId + " in this group"));
    }

    /**
     * The participant steps back: their seat is vacated (it stays on record). Never refused, even
     * when the remaining composition breaks the rules; the answer says whether it does.
     */
    public SeatVacancy vacateSeatsOf(ParticipantId participantId, Instant now) {
        List<SeatId> vacated = new ArrayList<>();
        for (Seat seat : occupiedSeats()) {
            if (seat.holderId().equals(participantId)) {
                seat.vacate(now);
                vacated.add(seat.id());
            }
        }
        return new SeatVacancy(vacated, verdict());
    }

    /** How the occupied seats fare against the rules. */
    public SeatCompositionVerdict verdict() {
        return SeatCompositionRules.evaluate(occupiedSeats().stream().map(Seat::asOccupied).toList());
    }

    private List<Seat> add(Trajectory trajectory, List<SeatAssignment> assignments, String fieldPrefix,
            SeatRulesOverride override, Instant now) {
        List<Seat> added = newSeats(trajectory, assignments, fieldPrefix, now);
        SeatCompositionVerdict verdict = verdictWith(added);
        Optional<CompositionOverride> recorded = verdict.ok() ? Optional.empty()
                : Optional.of(override(trajectory, verdict, override, now));
        seats.addAll(added);
        recorded.ifPresent(overrides::add);
        return added;
    }

    private List<Seat> newSeats(Trajectory trajectory, List<SeatAssignment> assignments, String fieldPrefix,
            Instant now) {
        requireSameTrajectory(trajectory);
        Set<ParticipantId> holders = new HashSet<>(occupiedSeats().stream().map(Seat::holderId).toList());
        List<Seat> result = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            String prefix = fieldPrefix.formatted(i);
            SeatAssignment assignment = assignments.get(i);
            if (assignment == null || assignment.holderId() == null) {
                throw new RuleViolationException(prefix + "holderId", "required", "the seat needs a holder");
            }
            Participant holder = trajectory.participants().stream()
                    .filter(p -> p.id().equals(assignment.holderId())).findFirst()
                    .orElseThrow(() -> new RuleViolationException(prefix + "holderId", "participant.unknown",
                            "no participant " + assignment.holderId() + " in trajectory " + trajectory.reference()));
            if (!holder.isActive()) {
                throw new RuleViolationException(prefix + "holderId", "participant.stepped-back",
                        "participant " + holder.id() + " has stepped back");
            }
            if (!holders.add(holder.id())) {
                throw new RuleViolationException(prefix + "holderId", "seats.holder-twice",
                        "participant " + holder.id() + " already holds a seat");
            }
            if (assignment.termFrom() == null) {
                throw new RuleViolationException(prefix + "termFrom", "required", "termFrom is required");
            }
            if (assignment.termUntil() == null) {
                throw new RuleViolationException(prefix + "termUntil", "required", "termUntil is required");
            }
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            SensibleDates.require(prefix + "termFrom", assignment.termFrom(), today);
            SensibleDates.require(prefix + "termUntil", assignment.termUntil(), today);
            if (!assignment.termUntil().isAfter(assignment.termFrom())) {
                throw new RuleViolationException(prefix + "termUntil", "seats.term-ends-before-start",
                        "the term ends after it starts");
            }
            Set<Background> backgrounds = assignment.backgrounds() == null ? Set.of() : assignment.backgrounds();
            if (holder.kind() != PersonKind.RESIDENT && !backgrounds.isEmpty()) {
                throw new RuleViolationException(prefix + "backgrounds", "seats.backgrounds-for-residents-only",
                        "only resident holders declare backgrounds");
            }
            result.add(new Seat(holder.id(), holder.kind(), assignment.termFrom(), assignment.termUntil(), backgrounds, now));
        }
        return result;
    }

    private SeatCompositionVerdict verdictWith(List<Seat> added) {
        List<SeatCompositionRules.OccupiedSeat> composition = new ArrayList<>();
        occupiedSeats().forEach(seat -> composition.add(seat.asOccupied()));
        added.forEach(seat -> composition.add(seat.asOccupied()));
        return SeatCompositionRules.evaluate(composition);
    }

    private static CompositionOverride override(Trajectory trajectory, SeatCompositionVerdict verdict,
            SeatRulesOverride override, Instant now) {
        if (override == null || override.justification() == null || override.justification().isBlank()) {
            throw new RuleViolationException("seats", verdict.brokenRules().get(0),
                    "the composition breaks the seat rules " + verdict.brokenRules());
        }
        String justification = Texts.required("overrideJustification", override.justification(), MAX_JUSTIFICATION);
        if (justification.length() < MINIMUM_JUSTIFICATION) {
            throw new RuleViolationException("overrideJustification", "seats.override-justification-too-short",
                    "an override is justified in at least " + MINIMUM_JUSTIFICATION + " characters");
        }
        if (override.givenBy() == null || !override.givenBy().equals(trajectory.coordinatorId())) {
            throw new RuleViolationException("overrideJustification", "seats.override-not-coordinator",
                    "only the coordinator of trajectory " + trajectory.reference() + " overrides the seat rules");
        }
        return new CompositionOverride(override.givenBy(), now, justification, verdict.brokenRules());
    }

    private void requireSameTrajectory(Trajectory trajectory) {
        if (!trajectory.id().equals(trajectoryId)) {
            throw new IllegalArgumentException("trajectory " + trajectory.id() + " is not the group's " + trajectoryId);
        }
    }

    public SteeringGroupId id() {
        return id;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    /** Every seat, vacated ones included. */
    public List<Seat> seats() {
        return List.copyOf(seats);
    }

    public List<Seat> occupiedSeats() {
        return seats.stream().filter(Seat::isOccupied).toList();
    }

    /** The participants holding a seat now. */
    public List<ParticipantId> holders() {
        return occupiedSeats().stream().map(Seat::holderId).toList();
    }

    /** The residents holding a seat now. */
    public List<ParticipantId> residentHolders() {
        return occupiedSeats().stream().filter(seat -> seat.holderKind() == PersonKind.RESIDENT).map(Seat::holderId)
                .toList();
    }

    public boolean holdsSeat(ParticipantId participantId) {
        return holders().contains(participantId);
    }

    public Optional<Seat> seat(SeatId seatId) {
        return seats.stream().filter(s -> s.id().equals(seatId)).findFirst();
    }

    /** The overrides of the seat rules, oldest first. */
    public List<CompositionOverride> overrides() {
        return List.copyOf(overrides);
    }
}
