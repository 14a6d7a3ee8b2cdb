package nl.participationsuite.domain.conditions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.Texts;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonKind;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * One participant's answers in one round of the conditions check: all ten conditions scored.
 * Keeps whether a resident or a professional answered, so that the two can be compared.
 */
@Entity
@Table(name = "conditions_answer_set")
public class ConditionsAnswerSet extends AuditedEntity {

    public static final int LOWEST_SCORE = 1;

    public static final int HIGHEST_SCORE = 5;

    @EmbeddedId
    private ConditionsAnswerSetId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "check_id", nullable = false))
    private ConditionsCheckId checkId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false))
    private TrajectoryId trajectoryId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "participant_id", nullable = false))
    private ParticipantId participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "participant_kind", nullable = false)
    private PersonKind participantKind;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    // Part of the aggregate: always the ten scores.
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "answer_set_id", nullable = false)
    private List<ConditionScore> scores = new ArrayList<>();

    protected ConditionsAnswerSet() {
    }

    /**
     * The answers of an active participant of the round's (open) trajectory. Refused unless every
     * condition has a score from 1 to 5; the field names the condition as the form does,
     * e.g. {@code answers[INVEST_IN_RESIDENTS].score}.
     */
    ConditionsAnswerSet(ConditionsCheck check, Trajectory trajectory, AnswerConditions answers, Instant now) {
        trajectory.requireOpen();
        if (answers.participantId() == null) {
            throw new RuleViolationException("participantId", "required", "participantId is required");
        }
        Participant participant = trajectory.participant(answers.participantId());
        if (!participant.isActive()) {
            throw new RuleViolationException("participantId", "conditions.participant-stepped-back",
                    "participant " + answers.participantId() + " stepped back");
        }
        Map<Condition, ConditionAnswer> given = answers.answers() == null ? Map.of() : answers.answers();
        List<ConditionScore> checked = new ArrayList<>();
        for (Condition condition : Condition.values()) {
            ConditionAnswer answer = given.get(condition);
            String field = "answers[" + condition.name() + "]";
            if (answer == null || answer.score() == null) {
                throw new RuleViolationException(field + ".score", "conditions.score-required",
                        "every condition is scored; " + condition + " is not");
            }
            if (answer.score() < LOWEST_SCORE || answer.score() > HIGHEST_SCORE) {
                throw new RuleViolationException(field + ".score", "conditions.score-out-of-range",
                        "a score is from " + LOWEST_SCORE + " to " + HIGHEST_SCORE);
            }
            checked.add(new ConditionScore(condition, answer.score(), Texts.optional(field + ".remark", answer.remark(), 500)));
        }
        this.id = ConditionsAnswerSetId.random();
        this.checkId = check.id();
        this.trajectoryId = trajectory.id();
        this.participantId = participant.id();
        this.participantKind = participant.kind();
        this.answeredAt = now;
        this.scores.addAll(checked);
    }

    public Optional<ConditionScore> scoreOf(Condition condition) {
        return scores.stream().filter(score -> score.condition() == condition).findFirst();
    }

    public ConditionsAnswerSetId id() {
        return id;
    }

    public ConditionsCheckId checkId() {
        return checkId;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    public ParticipantId participantId() {
        return participantId;
    }

    /** Whether a resident or a professional answered. */
    public PersonKind participantKind() {
        return participantKind;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public List<ConditionScore> scores() {
        return List.copyOf(scores);
    }
}
