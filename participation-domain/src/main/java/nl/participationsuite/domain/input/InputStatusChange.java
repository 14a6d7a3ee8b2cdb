package nl.participationsuite.domain.input;

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
import nl.participationsuite.domain.trajectory.PersonId;

/** One step in the life of an input: the status it reached, when, and by whom (the resident portal's timeline). */
@Entity
@Table(name = "input_status_change")
public class InputStatusChange extends AuditedEntity {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "step", nullable = false)
    private int step;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private InputStatus status;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "changed_by", nullable = false))
    private PersonId changedBy;

    protected InputStatusChange() {
    }

    InputStatusChange(int step, InputStatus status, Instant changedAt, PersonId changedBy) {
        this.id = UUID.randomUUID();
        this.step = step;
        this.status = status;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    /** 1 for receiving the input, one more for every later change. */
    public int step() {
        return step;
    }

    public InputStatus status() {
        return status;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public PersonId changedBy() {
        return changedBy;
    }
}
