package nl.participationsuite.domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * One message to one person: an outbox row written in the transaction of the step that causes it, so a
 * rolled-back step leaves none and a committed one cannot lose it. The sender mails it and marks it;
 * the recipient's notifications list shows it and marks it read. It holds references, never text: what
 * it says is read from the trajectory, proposal or input it refers to when it is shown.
 */
@Entity
@Table(name = "notification")
public class Notification implements Persistable<UUID> {

    /** How many times mailing is tried before the notification is marked {@link DeliveryStatus#FAILED}. */
    public static final int MAX_ATTEMPTS = 6;

    /** A person gets at most one bundle of group tasks in this time: the next waits until it has passed. */
    public static final Duration BUNDLE_INTERVAL = Duration.ofHours(1);

    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    @Id
    private UUID id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "recipient_id", nullable = false))
    private PersonId recipientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private NotificationKind kind;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id"))
    private TrajectoryId trajectoryId;

    @Column(name = "subject_id")
    private UUID subjectId;

    @Column(name = "task_id")
    private String taskId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "read_at")
    private Instant readAt;

    // A reminder: how many days before its task's due date.
    @Column(name = "reminder_days")
    private Integer reminderDays;

    // Mailed with the recipient's other due ones in one summary, not on its own.
    @Column(name = "digest", nullable = false)
    private boolean digest;

    // A bundle of group tasks that tasks still join: until a sender claims it.
    @Column(name = "bundle_open", nullable = false)
    private boolean bundleOpen;

    // A new notification is inserted at once, without the select a merge of an assigned id would cost.
    @Transient
    private boolean fresh = true;

    protected Notification() {
    }

    @PostLoad
    @PostPersist
    void stored() {
        this.fresh = false;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    Notification(PersonId recipientId, NotificationKind kind, TrajectoryId trajectoryId, UUID subjectId, String taskId,
            Instant now) {
        if (recipientId == null || kind == null) {
            throw new IllegalArgumentException("a notification has a recipient and a kind");
        }
        if (kind.isTask() && taskId == null) {
            throw new IllegalArgumentException("a task notification names its task");
        }
        this.id = UUID.randomUUID();
        this.recipientId = recipientId;
        this.kind = kind;
        this.trajectoryId = trajectoryId;
        this.subjectId = subjectId;
        this.taskId = taskId;
        this.createdAt = now;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
    }

    /**
     * How it reaches the recipient by mail, as they chose: at once, in their next summary (from
     * {@code mailedAt} on, with their other messages), or not at all ({@link DeliveryStatus#MUTED}).
     */
    void deliver(DeliveryChoice choice, Instant now, ZoneId zone) {
        if (choice == DeliveryChoice.NEVER) {
            this.status = DeliveryStatus.MUTED;
            this.nextAttemptAt = null;
            return;
        }
        this.digest = choice.isDigest();
        this.nextAttemptAt = choice.mailedAt(now, zone);
    }

    /** It goes out as a letter: its recipient, a resident, has no e-mail address (not for one who chose no mail). */
    void toLetter() {
        if (status == DeliveryStatus.PENDING) {
            this.status = DeliveryStatus.LETTER;
            this.nextAttemptAt = null;
            this.digest = false;
        }
    }

    /** Whether it goes out in a summary with the recipient's other messages. */
    public boolean isDigest() {
        return digest;
    }

    /** Mailed. */
    public void sent(Instant at) {
        this.status = DeliveryStatus.SENT;
        this.sentAt = at;
        this.nextAttemptAt = null;
        this.lastError = null;
    }

    /** Not mailed: the recipient has no e-mail address; the notification stays in their list. */
    public void noAddress() {
        this.status = DeliveryStatus.NO_ADDRESS;
        this.nextAttemptAt = null;
    }

    /**
     * Mailing failed: counted with why; tried again after a back-off that doubles each time (1, 2, 4, …
     * minutes), or given up ({@link DeliveryStatus#FAILED}) after {@link #MAX_ATTEMPTS} attempts.
     */
    public void failed(Instant at, String error) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        if (attempts >= MAX_ATTEMPTS) {
            this.status = DeliveryStatus.FAILED;
            this.nextAttemptAt = null;
        }
        else {
            this.nextAttemptAt = at.plus(FIRST_RETRY.multipliedBy(1L << (attempts - 1)));
        }
    }

    /** The admin asks for a notification that was given up on to be mailed again, from now, with fresh attempts. */
    public void retry(Instant now) {
        if (status != DeliveryStatus.FAILED) {
            throw new IllegalStateException("only a notification given up on is tried again, not one " + status);
        }
        this.status = DeliveryStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
    }

    /** The recipient opened it (or followed its link); the first time counts. */
    public void read(Instant at) {
        if (readAt == null) {
            this.readAt = at;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public UUID id() {
        return id;
    }

    public PersonId recipientId() {
        return recipientId;
    }

    public NotificationKind kind() {
        return kind;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public String taskId() {
        return taskId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant readAt() {
        return readAt;
    }

    /** Whether group tasks that arrive still join this bundle (until a sender claims it). */
    public boolean isBundleOpen() {
        return bundleOpen;
    }
}
