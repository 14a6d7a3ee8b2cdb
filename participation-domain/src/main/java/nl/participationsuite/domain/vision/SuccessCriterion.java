package nl.participationsuite.domain.vision;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;

/**
 * One measurable criterion of the definition of success. It has its own id so that successes
 * and the success report at evaluation can say which criterion they are about.
 */
@Entity
@Table(name = "success_criterion")
public class SuccessCriterion extends AuditedEntity {

    @EmbeddedId
    private SuccessCriterionId id;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "measured_by", nullable = false)
    private String measuredBy;

    @Column(name = "target", nullable = false)
    private String target;

    protected SuccessCriterion() {
    }

    SuccessCriterion(int position, String description, String measuredBy, String target) {
        this.id = SuccessCriterionId.random();
        this.position = position;
        this.description = description;
        this.measuredBy = measuredBy;
        this.target = target;
    }

    public SuccessCriterionId id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** How it is measured (a count, a survey, an observation). */
    public String measuredBy() {
        return measuredBy;
    }

    /** The value that counts as success. */
    public String target() {
        return target;
    }

    int position() {
        return position;
    }
}
