package nl.participationsuite.domain.vision;

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

/** One participant's review of one vision version: an endorsement, or a change request with a comment. */
@Entity
@Table(name = "vision_review")
public class VisionReview extends AuditedEntity {

    @Id
    @Column(name = "id")
    private UUID id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "participant_id", nullable = false))
    private ParticipantId participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", nullable = false)
    private ReviewVerdict verdict;

    @Column(name = "comment")
    private String comment;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    protected VisionReview() {
    }

    VisionReview(ParticipantId participantId, ReviewVerdict verdict, String comment, Instant reviewedAt) {
        this.id = UUID.randomUUID();
        this.participantId = participantId;
        this.verdict = verdict;
        this.comment = comment;
        this.reviewedAt = reviewedAt;
    }

    public ParticipantId participantId() {
        return participantId;
    }

    public ReviewVerdict verdict() {
        return verdict;
    }

    public boolean isEndorsement() {
        return verdict == ReviewVerdict.ENDORSED;
    }

    public String comment() {
        return comment;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }
}
