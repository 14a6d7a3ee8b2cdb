package nl.participationsuite.domain.vision;

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

/** What one party (a group or a named participant) expects, as a vision version records it. */
@Entity
@Table(name = "vision_expectation")
public class PartyExpectation extends AuditedEntity {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "party", nullable = false)
    private Party party;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "participant_id"))
    private ParticipantId participantId;

    @Column(name = "expectation", nullable = false)
    private String expectation;

    protected PartyExpectation() {
    }

    PartyExpectation(int position, Party party, ParticipantId participantId, String expectation) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.party = party;
        this.participantId = participantId;
        this.expectation = expectation;
    }

    public Party party() {
        return party;
    }

    /** The participant whose expectation this is, or null for a group. */
    public ParticipantId participantId() {
        return participantId;
    }

    public String expectation() {
        return expectation;
    }

    int position() {
        return position;
    }
}
