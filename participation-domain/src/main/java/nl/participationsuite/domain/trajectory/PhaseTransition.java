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
 * A trajectory entered a phase (in a cycle) at a moment. Written in the same transaction as the phase
 * change ({@link TrajectoryService}), never changed, and free of personal data: the source of phase lead
 * times, kept for as long as the trajectory (the engine's history is cleaned up after its time-to-live).
 */
@Entity
@Table(name = "phase_transition")
public class PhaseTransition extends AuditedEntity {

    @Id
    private UUID id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false, updatable = false))
    private TrajectoryId trajectoryId;

    @Column(name = "cycle", nullable = false, updatable = false)
    private int cycle;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false, updatable = false)
    private Phase phase;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

    protected PhaseTransition() {
    }

    PhaseTransition(Trajectory trajectory, Instant enteredAt) {
        this.id = UUID.randomUUID();
        this.trajectoryId = trajectory.id();
        this.cycle = trajectory.cycle();
        this.phase = trajectory.phase();
        this.enteredAt = enteredAt;
    }

    public UUID id() {
        return id;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    public int cycle() {
        return cycle;
    }

    public Phase phase() {
        return phase;
    }

    public Instant enteredAt() {
        return enteredAt;
    }
}
