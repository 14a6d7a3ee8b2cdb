package nl.participationsuite.domain.support;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.SensibleDates;
import nl.participationsuite.domain.shared.Texts;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * A resident's request for support in a trajectory: a training, or the cost of a trip. Only the
 * trajectory's coordinator decides on it; only an approved request is paid.
 */
@Entity
@Table(name = "support_request")
public class SupportRequest extends AuditedEntity {

    /** The most one request can be for: € 1000. */
    public static final long MAXIMUM_CENTS = 100_000;

    @EmbeddedId
    private SupportRequestId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false))
    private TrajectoryId trajectoryId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "participant_id", nullable = false))
    private ParticipantId participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private SupportKind kind;

    @Column(name = "trip_date")
    private LocalDate tripDate;

    @Column(name = "trip_from")
    private String tripFrom;

    @Column(name = "trip_to")
    private String tripTo;

    @Column(name = "training_name")
    private String trainingName;

    @Column(name = "training_provider")
    private String trainingProvider;

    @Column(name = "amount_cents")
    private Long amountCents;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SupportStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "decided_by"))
    private PersonId decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "paid_at")
    private Instant paidAt;

    protected SupportRequest() {
    }

    private SupportRequest(Trajectory trajectory, ParticipantId participantId, SupportKind kind, Instant now) {
        this.id = SupportRequestId.random();
        this.trajectoryId = trajectory.id();
        this.participantId = participantId;
        this.kind = kind;
        this.status = SupportStatus.REQUESTED;
        this.requestedAt = now;
    }

    /** Travel costs of a trip already made (not in the future), between 1 cent and € 1000. */
    static SupportRequest travelCost(Trajectory trajectory, RequestTravelCost request, LocalDate today, Instant now) {
        requireResident(trajectory, request.participantId());
        if (request.tripDate() == null) {
            throw new RuleViolationException("tripDate", "required", "tripDate is required");
        }
        SensibleDates.require("tripDate", request.tripDate(), today);
        if (request.tripDate().isAfter(today)) {
            throw new RuleViolationException("tripDate", "support.trip-in-the-future",
                    "travel costs are claimed for a trip already made");
        }
        String from = Texts.requiredLine("from", request.from(), 200);
        String to = Texts.requiredLine("to", request.to(), 200);
        if (request.amountCents() == null) {
            throw new RuleViolationException("amountCents", "required", "amountCents is required");
        }
        long amount = amount("amountCents", request.amountCents());
        SupportRequest travel = new SupportRequest(trajectory, request.participantId(), SupportKind.TRAVEL_COST, now);
        travel.tripDate = request.tripDate();
        travel.tripFrom = from;
        travel.tripTo = to;
        travel.amountCents = amount;
        return travel;
    }

    /** A training with a provider; its cost, when there is one, between 1 cent and € 1000. */
    static SupportRequest training(Trajectory trajectory, RequestTraining request, Instant now) {
        requireResident(trajectory, request.participantId());
        String name = Texts.requiredLine("trainingName", request.trainingName(), 200);
        String provider = Texts.requiredLine("provider", request.provider(), 200);
        Long cost = request.costCents() == null ? null : amount("costCents", request.costCents());
        SupportRequest training = new SupportRequest(trajectory, request.participantId(), SupportKind.TRAINING, now);
        training.trainingName = name;
        training.trainingProvider = provider;
        training.amountCents = cost;
        return training;
    }

    void approve(Trajectory trajectory, PersonId decidedBy, Instant now) {
        requireCoordinator(trajectory, decidedBy);
        requireStatus(SupportStatus.REQUESTED, "support.already-decided", "the request was already decided on");
        this.status = SupportStatus.APPROVED;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
    }

    void reject(Trajectory trajectory, PersonId decidedBy, String reason, Instant now) {
        requireCoordinator(trajectory, decidedBy);
        String validReason = Texts.required("reason", reason, 1000);
        requireStatus(SupportStatus.REQUESTED, "support.already-decided", "the request was already decided on");
        this.status = SupportStatus.REJECTED;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
        this.rejectionReason = validReason;
    }

    void markPaid(Instant now) {
        requireStatus(SupportStatus.APPROVED, "support.not-approved", "only an approved request is paid, once");
        this.status = SupportStatus.PAID;
        this.paidAt = now;
    }

    private static void requireResident(Trajectory trajectory, ParticipantId participantId) {
        trajectory.requireOpen();
        if (participantId == null) {
            throw new RuleViolationException("participantId", "required", "participantId is required");
        }
        Participant participant = trajectory.participant(participantId);
        if (!participant.isResident()) {
            throw new RuleViolationException("participantId", "support.not-a-resident",
                    "support is for residents; participant " + participantId + " is not one");
        }
    }

    private static long amount(String field, long cents) {
        if (cents <= 0 || cents > MAXIMUM_CENTS) {
            throw new RuleViolationException(field, "support.amount-out-of-range",
                    field + " must be more than 0 and at most " + MAXIMUM_CENTS + " cents (EUR 1000)");
        }
        return cents;
    }

    private static void requireCoordinator(Trajectory trajectory, PersonId decidedBy) {
        if (decidedBy == null || !decidedBy.equals(trajectory.coordinatorId())) {
            throw new RuleViolationException("decidedBy", "support.not-the-coordinator",
                    "only the coordinator of trajectory " + trajectory.reference() + " decides on support");
        }
    }

    private void requireStatus(SupportStatus expected, String code, String message) {
        if (status != expected) {
            throw new RuleViolationException("status", code, message + " (status " + status + ")");
        }
    }

    public SupportRequestId id() {
        return id;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    public ParticipantId participantId() {
        return participantId;
    }

    public SupportKind kind() {
        return kind;
    }

    public LocalDate tripDate() {
        return tripDate;
    }

    public String tripFrom() {
        return tripFrom;
    }

    public String tripTo() {
        return tripTo;
    }

    public String trainingName() {
        return trainingName;
    }

    public String trainingProvider() {
        return trainingProvider;
    }

    /** The amount in euro cents; null for a training without cost. */
    public Long amountCents() {
        return amountCents;
    }

    public SupportStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public PersonId decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public Instant paidAt() {
        return paidAt;
    }
}
