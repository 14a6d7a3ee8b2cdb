package nl.participationsuite.domain.trajectory;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;

/**
 * A reminder to a person who let the response time pass without answering (a review, a role
 * agreement, a seat), with the due date they missed; kept so that it shows later who was waited on,
 * for what and how long. Sending it (mail, letter) is not this record's business.
 */
@Entity
@Table(name = "response_reminder")
public class ResponseReminder extends AuditedEntity {

    @EmbeddedId
    private ResponseReminderId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false))
    private TrajectoryId trajectoryId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "person_id", nullable = false))
    private PersonId personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "awaited", nullable = false)
    private AwaitedResponse awaited;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "reminded_at", nullable = false)
    private Instant remindedAt;

    protected ResponseReminder() {
    }

    ResponseReminder(Trajectory trajectory, Participant participant, AwaitedResponse awaited, Instant dueAt, Instant now) {
        trajectory.requireOpen();
        if (awaited == null || dueAt == null) {
            throw new IllegalArgumentException("a reminder says what was awaited and when it was due");
        }
        this.id = ResponseReminderId.random();
        this.trajectoryId = trajectory.id();
        this.personId = participant.personId();
        this.awaited = awaited;
        this.dueAt = dueAt;
        this.remindedAt = now;
    }

    public ResponseReminderId id() {
        return id;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    /** To whom: the person the trajectory waits on. */
    public PersonId personId() {
        return personId;
    }

    public AwaitedResponse awaited() {
        return awaited;
    }

    /** The due date that passed. */
    public Instant dueAt() {
        return dueAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }
}
