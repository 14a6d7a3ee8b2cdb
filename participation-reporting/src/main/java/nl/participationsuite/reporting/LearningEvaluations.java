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
import nl.participationsuite.reporting.scorecard.Scorecard;
import nl.participationsuite.reporting.scorecard.ScorecardRules;
import nl.participationsuite.reporting.scorecard.TrajectoryFacts;
import nl.participationsuite.reporting.scorecard.Verdict;

/** Compares the outcomes of trajectories that met each condition with those that did not. */
final class LearningEvaluations {

    private LearningEvaluations() {
    }

    static LearningEvaluation evaluate(Phase reachedPhase, Collection<TrajectoryFacts> trajectories) {
        List<Judged> judged = trajectories.stream().map(f -> new Judged(f, ScorecardRules.evaluate(f, false))).toList();
        List<ConditionComparison> comparisons = new ArrayList<>();
        for (Condition condition : Condition.values()) {
            List<TrajectoryFacts> met = new ArrayList<>();
            List<TrajectoryFacts> notMet = new ArrayList<>();
            int notMeasurable = 0;
            for (Judged j : judged) {
                Verdict verdict = j.scorecard().verdict(condition);
                if (verdict == Verdict.MET) {
                    met.add(j.facts());
                } else if (verdict == Verdict.NOT_YET_MEASURABLE) {
                    notMeasurable++;
                } else {
                    notMet.add(j.facts());
                }
            }
            comparisons.add(new ConditionComparison(condition, group(met), group(notMet), notMeasurable));
        }
        return new LearningEvaluation(reachedPhase, judged.size(), comparisons);
    }

    static OutcomeGroup group(List<TrajectoryFacts> trajectories) {
        return new OutcomeGroup(trajectories.size(), trajectories.size() < LearningEvaluation.MINIMUM_GROUP,
                successMet(trajectories), retention(trajectories), answeredOnTime(trajectories));
    }

    /** Share of trajectories whose latest success report judged at least half of the criteria as met. */
    static Outcome successMet(List<TrajectoryFacts> trajectories) {
        int reported = 0;
        int met = 0;
        for (TrajectoryFacts f : trajectories) {
            if (f.successes().criteriaAssessed() > 0) {
                reported++;
                met += f.successes().criteriaMet() * 2 >= f.successes().criteriaAssessed() ? 1 : 0;
            }
        }
        return new Outcome(ScorecardRules.percent(met, reported), reported);
    }

    /** Mean share of residents who stayed, over trajectories with residents. */
    static Outcome retention(List<TrajectoryFacts> trajectories) {
        List<BigDecimal> shares = new ArrayList<>();
        for (TrajectoryFacts f : trajectories) {
            int residents = f.involvement().residents();
            if (residents > 0) {
                shares.add(ScorecardRules.percent(residents - f.involvement().steppedBack(), residents));
            }
        }
        return mean(shares);
    }

    /** Mean share of due input answered within its deadline, over trajectories with input due. */
    static Outcome answeredOnTime(List<TrajectoryFacts> trajectories) {
        List<BigDecimal> shares = new ArrayList<>();
        for (TrajectoryFacts f : trajectories) {
            BigDecimal share = ScorecardRules.percent(f.input().answeredOnTime(), f.input().due());
            if (share != null) {
                shares.add(share);
            }
        }
        return mean(shares);
    }

    private static Outcome mean(List<BigDecimal> shares) {
        if (shares.isEmpty()) {
            return new Outcome(null, 0);
        }
        BigDecimal sum = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Outcome(sum.divide(BigDecimal.valueOf(shares.size()), 1, RoundingMode.HALF_UP), shares.size());
    }

    private record Judged(TrajectoryFacts facts, Scorecard scorecard) {
    }
}
