package nl.participationsuite.domain.meetings;

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
import nl.participationsuite.domain.trajectory.ParticipantId;

/**
 * Whether a participant says they will come to a meeting, and when they last said so. One per
 * participant and meeting; its own aggregate so that a reply never waits for the meeting's row (many
 * participants answer at once). The rules for replying are the {@link Meeting}'s.
 */
@Entity
@Table(name = "meeting_reply")
public class MeetingReply extends AuditedEntity {

    @Id
    @Column(name = "id")
    private UUID id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "meeting_id", nullable = false))
    private MeetingId meetingId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "participant_id", nullable = false))
    private ParticipantId participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false)
    private ReplyAnswer answer;

    @Column(name = "replied_at", nullable = false)
    private Instant repliedAt;

    protected MeetingReply() {
    }

    MeetingReply(MeetingId meetingId, ParticipantId participantId, ReplyAnswer answer, Instant now) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.participantId = participantId;
        this.answer = answer;
        this.repliedAt = now;
    }

    void change(ReplyAnswer answer, Instant now) {
        this.answer = answer;
        this.repliedAt = now;
    }

    public MeetingId meetingId() {
        return meetingId;
    }

    public ParticipantId participantId() {
        return participantId;
    }

    public ReplyAnswer answer() {
        return answer;
    }

    public Instant repliedAt() {
        return repliedAt;
    }
}
