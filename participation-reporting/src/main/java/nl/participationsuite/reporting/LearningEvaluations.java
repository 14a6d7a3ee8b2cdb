package nl.participationsuite.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.reporting.learning.ConditionComparison;
import nl.participationsuite.reporting.learning.LearningEvaluation;
import nl.participationsuite.reporting.learning.Outcome;
import nl.participationsuite.reporting.learning.OutcomeGroup;
import nl.participationsuite.reporting.scorecard.ScorecardRules;
import nl.participationsuite.reporting.scorecard.TrajectoryFacts;
import nl.participationsuite.reporting.scorecard.Verdict;

/**
 * Compares the outcomes of trajectories that met each condition with those that did not. Trajectories
 * are {@linkplain #add added} one at a time as they are read: each is judged ({@link ScorecardRules#verdict})
 * and its outcomes are added to one side per condition, so that no trajectory is held.
 */
final class LearningEvaluations {

    private final Phase reachedPhase;

    private final Side[] met = sides();

    private final Side[] notMet = sides();

    private final int[] notMeasurable = new int[Condition.values().length];

    private int trajectories;

    LearningEvaluations(Phase reachedPhase) {
        this.reachedPhase = reachedPhase;
    }

    static LearningEvaluation evaluate(Phase reachedPhase, Collection<TrajectoryFacts> trajectories) {
        LearningEvaluations evaluation = new LearningEvaluations(reachedPhase);
        trajectories.forEach(evaluation::add);
        return evaluation.evaluation();
    }

    void add(TrajectoryFacts f) {
        trajectories++;
        for (Condition condition : Condition.values()) {
            Verdict verdict = ScorecardRules.verdict(condition, f);
            if (verdict == Verdict.MET) {
                met[condition.ordinal()].add(f);
            } else if (verdict == Verdict.NOT_YET_MEASURABLE) {
                notMeasurable[condition.ordinal()]++;
            } else {
                notMet[condition.ordinal()].add(f);
            }
        }
    }

    LearningEvaluation evaluation() {
        List<ConditionComparison> comparisons = new ArrayList<>();
        for (Condition condition : Condition.values()) {
            comparisons.add(new ConditionComparison(condition, met[condition.ordinal()].group(),
                    notMet[condition.ordinal()].group(), notMeasurable[condition.ordinal()]));
        }
        return new LearningEvaluation(reachedPhase, trajectories, comparisons);
    }

    private static Side[] sides() {
        Side[] sides = new Side[Condition.values().length];
        for (int i = 0; i < sides.length; i++) {
            sides[i] = new Side();
        }
        return sides;
    }

    /**
     * One side of a comparison (the trajectories that met a condition, or those that did not) and the sums
     * behind its outcomes:
     * <ul>
     * <li>success met: trajectories whose latest success report judged at least half of the criteria as
     * met, of those that reported;</li>
     * <li>retention: the mean share of residents who stayed, over trajectories with residents;</li>
     * <li>answered on time: the mean share of due input answered within its deadline, over trajectories
     * with input due.</li>
     * </ul>
     * Each share is rounded as the scorecard shows it before the mean is taken.
     */
    private static final class Side {

        private int trajectories;

        private int reported;

        private int successMet;

        private BigDecimal retentionSum = BigDecimal.ZERO;

        private int retentionN;

        private BigDecimal onTimeSum = BigDecimal.ZERO;

        private int onTimeN;

        void add(TrajectoryFacts f) {
            trajectories++;
            if (f.successes().criteriaAssessed() > 0) {
                reported++;
                successMet += f.successes().criteriaMet() * 2 >= f.successes().criteriaAssessed() ? 1 : 0;
            }
            int residents = f.involvement().residents();
            if (residents > 0) {
                retentionSum = retentionSum.add(ScorecardRules.percent(residents - f.involvement().steppedBack(), residents));
                retentionN++;
            }
            BigDecimal onTime = ScorecardRules.percent(f.input().answeredOnTime(), f.input().due());
            if (onTime != null) {
                onTimeSum = onTimeSum.add(onTime);
                onTimeN++;
            }
        }

        OutcomeGroup group() {
            return new OutcomeGroup(trajectories, trajectories < LearningEvaluation.MINIMUM_GROUP,
                    new Outcome(ScorecardRules.percent(successMet, reported), reported),
                    mean(retentionSum, retentionN), mean(onTimeSum, onTimeN));
        }

        private static Outcome mean(BigDecimal sum, int n) {
            return n == 0 ? new Outcome(null, 0)
                    : new Outcome(sum.divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP), n);
        }
    }
}
