package nl.participationsuite.domain.trajectory;

import java.time.Instant;
import java.time.Period;

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
import nl.participationsuite.domain.shared.Texts;

/**
 * A progress update to the residents of a trajectory: transparent leadership means telling them,
 * regularly and unasked, where things stand. The process asks the coordinator for one every
 * {@link #CYCLE}.
 */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate extends AuditedEntity {

    /**
     * How often residents get a progress update: the process's recurring timer ({@code R/P28D} in the
     * BPMN, held to this by the process tests) and the reports' yardstick for leadership.
     */
    public static final Period CYCLE = Period.ofDays(28);

    @EmbeddedId
    private ProgressUpdateId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false))
    private TrajectoryId trajectoryId;

    @Column(name = "message", nullable = false)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private UpdateChannel channel;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ProgressUpdate() {
    }

    ProgressUpdate(Trajectory trajectory, String message, UpdateChannel channel, Instant sentAt) {
        trajectory.requireOpen();
        if (channel == null) {
            throw new RuleViolationException("channel", "required", "channel is required");
        }
        this.id = ProgressUpdateId.random();
        this.trajectoryId = trajectory.id();
        this.message = Texts.required("message", message, 4000);
        this.channel = channel;
        this.sentAt = sentAt;
    }

    public ProgressUpdateId id() {
        return id;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    public String message() {
        return message;
    }

    public UpdateChannel channel() {
        return channel;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
