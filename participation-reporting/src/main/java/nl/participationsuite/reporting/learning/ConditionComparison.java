package nl.participationsuite.reporting.learning;

import nl.participationsuite.domain.conditions.Condition;

/**
 * One condition: the outcomes of trajectories that met it against those that did not (at risk or not
 * met), and how many could not be judged on it yet (left out of both groups).
 */
public record ConditionComparison(Condition condition, OutcomeGroup met, OutcomeGroup notMet, int notMeasurable) {

    /** Both groups are big enough to compare. */
    public boolean conclusive() {
        return !met.tooSmall() && !notMet.tooSmall();
    }
}
