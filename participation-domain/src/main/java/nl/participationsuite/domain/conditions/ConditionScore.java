package nl.participationsuite.domain.conditions;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;

/** The score of one condition in an answer set; part of the {@link ConditionsAnswerSet}. */
@Entity
@Table(name = "conditions_score")
public class ConditionScore extends AuditedEntity {

    @Id
    @Column(name = "id")
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "condition", nullable = false)
    private Condition condition;

    @Column(name = "score", nullable = false)
    private int score;

    @Column(name = "remark")
    private String remark;

    protected ConditionScore() {
    }

    ConditionScore(Condition condition, int score, String remark) {
        this.id = UUID.randomUUID();
        this.condition = condition;
        this.score = score;
        this.remark = remark;
    }

    public Condition condition() {
        return condition;
    }

    /** 1 (not at all) to 5 (fully). */
    public int score() {
        return score;
    }

    public String remark() {
        return remark;
    }
}
