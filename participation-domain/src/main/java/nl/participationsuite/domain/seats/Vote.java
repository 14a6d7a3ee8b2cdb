package nl.participationsuite.domain.seats;

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

/** One seat holder's vote in a decision round, or their absence recorded at closing. */
@Entity
@Table(name = "round_vote")
public class Vote extends AuditedEntity {

    @Id
    @Column(name = "id")
    private UUID id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "participant_id", nullable = false))
    private ParticipantId participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "choice", nullable = false)
    private VoteChoice choice;

    @Column(name = "comment")
    private String comment;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected Vote() {
    }

    Vote(ParticipantId participantId, VoteChoice choice, String comment, Instant castAt) {
        this.id = UUID.randomUUID();
        this.participantId = participantId;
        this.choice = choice;
        this.comment = comment;
        this.castAt = castAt;
    }

    public ParticipantId participantId() {
        return participantId;
    }

    public VoteChoice choice() {
        return choice;
    }

    /** A vote the holder cast (for, against or abstaining), not an absence recorded at the close. */
    public boolean isCast() {
        return choice != VoteChoice.ABSENT;
    }

    public String comment() {
        return comment;
    }

    /** When the vote was cast, or (for {@link VoteChoice#ABSENT}) when the round closed. */
    public Instant castAt() {
        return castAt;
    }
}
