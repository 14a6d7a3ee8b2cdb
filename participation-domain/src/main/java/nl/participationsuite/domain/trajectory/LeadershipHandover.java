package nl.participationsuite.domain.trajectory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;

/**
 * The coordinator or contact person role of a trajectory went from one person to another: who handed it
 * over, why and when. Made by {@link Trajectory#handOver}, never changed: the history of who led.
 */
@Entity
@Table(name = "leadership_handover")
public class LeadershipHandover extends AuditedEntity {

    /** Longest reason for a handover. */
    public static final int MAX_REASON = 1000;

    @Id
    private UUID id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false, updatable = false))
    private TrajectoryId trajectoryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, updatable = false)
    private LeadershipRole role;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "from_person_id", nullable = false, updatable = false))
    private PersonId from;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "to_person_id", nullable = false, updatable = false))
    private PersonId to;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "handed_over_by", nullable = false, updatable = false))
    private PersonId handedOverBy;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Column(name = "handed_over_at", nullable = false, updatable = false)
    private Instant handedOverAt;

    protected LeadershipHandover() {
    }

    LeadershipHandover(TrajectoryId trajectoryId, LeadershipRole role, PersonId from, PersonId to,
            PersonId handedOverBy, String reason, Instant handedOverAt) {
        this.id = UUID.randomUUID();
        this.trajectoryId = trajectoryId;
        this.role = role;
        this.from = from;
        this.to = to;
        this.handedOverBy = handedOverBy;
        this.reason = reason;
        this.handedOverAt = handedOverAt;
    }

    public UUID id() {
        return id;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    public LeadershipRole role() {
        return role;
    }

    public PersonId from() {
        return from;
    }

    public PersonId to() {
        return to;
    }

    public PersonId handedOverBy() {
        return handedOverBy;
    }

    public String reason() {
        return reason;
    }

    public Instant handedOverAt() {
        return handedOverAt;
    }
}
