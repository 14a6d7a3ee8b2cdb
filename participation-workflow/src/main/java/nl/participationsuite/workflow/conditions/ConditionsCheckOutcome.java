package nl.participationsuite.workflow.conditions;

import java.util.Map;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.conditions.ConditionAnswer;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/** A participant's score (1–5, optional remark) for each of the handbook's ten conditions. */
public record ConditionsCheckOutcome(Map<Condition, ConditionAnswer> answers) implements TaskOutcome {
}
