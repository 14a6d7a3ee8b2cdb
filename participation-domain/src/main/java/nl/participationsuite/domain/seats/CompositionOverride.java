package nl.participationsuite.domain.seats;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.trajectory.PersonId;

/**
 * The coordinator accepted a composition that breaks the seat rules: who, when, why, and which
 * rules were broken. Kept for the reports, so that an exception never goes unnoticed.
 */
@Entity
@Table(name = "composition_override")
public class CompositionOverride extends AuditedEntity {

    @Id
    @Column(name = "id")
    private UUID id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "given_by", nullable = false))
    private PersonId givenBy;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(name = "justification", nullable = false)
    private String justification;

    // Rule codes, comma separated: a closed, short list of codes, not free text.
    @Column(name = "broken_rules", nullable = false)
    private String brokenRules;

    protected CompositionOverride() {
    }

    CompositionOverride(PersonId givenBy, Instant givenAt, String justification, List<String> brokenRules) {
        this.id = UUID.randomUUID();
        this.givenBy = givenBy;
        this.givenAt = givenAt;
        this.justification = justification;
        this.brokenRules = String.join(",", brokenRules);
    }

    public PersonId givenBy() {
        return givenBy;
    }

    public Instant givenAt() {
        return givenAt;
    }

    public String justification() {
        return justification;
    }

    /** The codes of the rules the accepted composition broke, e.g. {@code seats.single-background}. */
    public List<String> brokenRules() {
        return Arrays.asList(brokenRules.split(","));
    }
}
