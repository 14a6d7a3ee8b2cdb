package nl.participationsuite.reporting.scorecard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.conditions.Condition;

/**
 * One condition over a portfolio: how many trajectories got each verdict, and portfolio-wide measures
 * (resident counts with the small-cell rule applied).
 */
public record ConditionTally(Condition condition, Map<Verdict, Integer> trajectories, List<Measure> measures) {

    public ConditionTally {
        Map<Verdict, Integer> all = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            all.put(verdict, trajectories.getOrDefault(verdict, 0));
        }
        trajectories = java.util.Collections.unmodifiableMap(all);
        measures = List.copyOf(measures);
    }

    public int count(Verdict verdict) {
        return trajectories.get(verdict);
    }
}
