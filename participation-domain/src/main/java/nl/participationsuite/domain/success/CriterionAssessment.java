package nl.participationsuite.domain.success;

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
import nl.participationsuite.domain.vision.SuccessCriterionId;

/** How far one criterion of the definition of success was met in a cycle, and why. */
@Entity
@Table(name = "criterion_assessment")
public class CriterionAssessment extends AuditedEntity {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "position", nullable = false)
    private int position;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "success_criterion_id", nullable = false))
    private SuccessCriterionId criterionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false)
    private CriterionResult result;

    @Column(name = "explanation", nullable = false)
    private String explanation;

    protected CriterionAssessment() {
    }

    CriterionAssessment(int position, SuccessCriterionId criterionId, CriterionResult result, String explanation) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.criterionId = criterionId;
        this.result = result;
        this.explanation = explanation;
    }

    public SuccessCriterionId criterionId() {
        return criterionId;
    }

    public CriterionResult result() {
        return result;
    }

    public String explanation() {
        return explanation;
    }
}
