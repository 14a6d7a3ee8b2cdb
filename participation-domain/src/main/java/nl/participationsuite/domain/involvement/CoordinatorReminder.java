package nl.participationsuite.domain.involvement;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * A reminder to the coordinator that the early involvement gate still holds, with the status it
 * was sent on, so that it shows later how long a trajectory waited and how far it had come.
 */
@Entity
@Table(name = "involvement_reminder")
public class CoordinatorReminder extends AuditedEntity {

    @EmbeddedId
    private CoordinatorReminderId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false))
    private TrajectoryId trajectoryId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "coordinator_id", nullable = false))
    private PersonId coordinatorId;

    @Column(name = "reminded_at", nullable = false)
    private Instant remindedAt;

    @Column(name = "involved_residents", nullable = false)
    private int involvedResidents;

    @Column(name = "distinct_channels", nullable = false)
    private int distinctChannels;

    protected CoordinatorReminder() {
    }

    CoordinatorReminder(Trajectory trajectory, EarlyInvolvementStatus status, Instant now) {
        trajectory.requireOpen();
        this.id = CoordinatorReminderId.random();
        this.trajectoryId = trajectory.id();
        this.coordinatorId = trajectory.coordinatorId();
        this.remindedAt = now;
        this.involvedResidents = status.involvedResidents();
        this.distinctChannels = status.distinctChannels();
    }

    public CoordinatorReminderId id() {
        return id;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    /** To whom: the trajectory's coordinator at the time of the reminder. */
    public PersonId coordinatorId() {
        return coordinatorId;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public int involvedResidents() {
        return involvedResidents;
    }

    public int distinctChannels() {
        return distinctChannels;
    }
}
