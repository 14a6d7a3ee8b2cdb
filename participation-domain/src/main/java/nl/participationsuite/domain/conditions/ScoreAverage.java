package nl.participationsuite.domain.conditions;

import nl.participationsuite.domain.trajectory.PersonKind;

/** The average score of one condition by one kind of participant in one round, as the database computes it. */
record ScoreAverage(ConditionsCheckId checkId, Condition condition, PersonKind kind, Double average, Long answers) {
}
