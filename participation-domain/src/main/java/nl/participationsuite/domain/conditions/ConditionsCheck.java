package nl.participationsuite.domain.conditions;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * One round of the periodic conditions check of a trajectory, numbered 1, 2, ... per trajectory.
 * The answers are their own aggregate ({@link ConditionsAnswerSet}), so that participants
 * answering at the same time do not get in each other's way.
 */
@Entity
@Table(name = "conditions_check")
public class ConditionsCheck extends AuditedEntity {

    @EmbeddedId
    private ConditionsCheckId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false))
    private TrajectoryId trajectoryId;

    @Column(name = "period_number", nullable = false)
    private int periodNumber;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected ConditionsCheck() {
    }

    ConditionsCheck(Trajectory trajectory, int periodNumber, Instant now) {
        trajectory.requireOpen();
        this.id = ConditionsCheckId.random();
        this.trajectoryId = trajectory.id();
        this.periodNumber = periodNumber;
        this.openedAt = now;
    }

    public ConditionsCheckId id() {
        return id;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    /** 1 for the trajectory's first round, counting up. */
    public int periodNumber() {
        return periodNumber;
    }

    public Instant openedAt() {
        return openedAt;
    }
}
