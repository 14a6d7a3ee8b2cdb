package nl.participationsuite.domain.conditions;

import java.util.Map;

import nl.participationsuite.domain.trajectory.ParticipantId;

/** A participant's answers in one round: every one of the ten conditions scored. */
public record AnswerConditions(ParticipantId participantId, Map<Condition, ConditionAnswer> answers) {
}
