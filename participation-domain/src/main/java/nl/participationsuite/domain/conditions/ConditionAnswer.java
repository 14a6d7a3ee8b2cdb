package nl.participationsuite.domain.conditions;

/** A participant's score of one condition, 1 (not at all) to 5 (fully), with an optional remark. */
public record ConditionAnswer(Integer score, String remark) {
}
