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
 * A person taking part in one trajectory, as a resident or a professional. Residents can step
 * back at any moment; they then stay on record (their input and votes keep counting) but are no
 * longer asked to do anything.
 */
@Entity
@Table(name = "participant")
public class Participant extends AuditedEntity {

    @EmbeddedId
    private ParticipantId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "person_id", nullable = false))
    private PersonId personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private PersonKind kind;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "stepped_back_at")
    private Instant steppedBackAt;

    protected Participant() {
    }

    Participant(Person person, Instant joinedAt) {
        this.id = ParticipantId.random();
        this.personId = person.id();
        this.kind = person.kind();
        this.joinedAt = joinedAt;
    }

    /** See {@link Trajectory#stepBack}, which decides whether the participant may. */
    void stepBack(Instant when) {
        steppedBackAt = when;
    }

    public ParticipantId id() {
        return id;
    }

    public PersonId personId() {
        return personId;
    }

    public PersonKind kind() {
        return kind;
    }

    public boolean isResident() {
        return kind == PersonKind.RESIDENT;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Instant steppedBackAt() {
        return steppedBackAt;
    }

    /** Still taking part: joined and not stepped back. */
    public boolean isActive() {
        return steppedBackAt == null;
    }
}
