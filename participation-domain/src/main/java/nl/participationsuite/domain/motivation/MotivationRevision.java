package nl.participationsuite.domain.motivation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;

/** An earlier version of a motivation profile, kept when the resident's profile changed. */
@Entity
@Table(name = "motivation_profile_history")
public class MotivationRevision extends AuditedEntity {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Embedded
    private Motivation motivation;

    @Column(name = "superseded_at", nullable = false)
    private Instant supersededAt;

    protected MotivationRevision() {
    }

    MotivationRevision(int revision, Motivation motivation, Instant supersededAt) {
        this.id = UUID.randomUUID();
        this.revision = revision;
        this.motivation = motivation;
        this.supersededAt = supersededAt;
    }

    /** 1 for the first version recorded, counting up. */
    public int revision() {
        return revision;
    }

    public Motivation motivation() {
        return motivation;
    }

    /** When the next version replaced this one. */
    public Instant supersededAt() {
        return supersededAt;
    }
}
