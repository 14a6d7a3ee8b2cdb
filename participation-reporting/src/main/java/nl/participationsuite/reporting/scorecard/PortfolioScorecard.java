package nl.participationsuite.reporting.scorecard;

import java.util.List;

import nl.participationsuite.domain.conditions.Condition;

/** The handbook scorecard over a portfolio: per condition, the verdicts of its trajectories counted. */
public record PortfolioScorecard(List<ConditionTally> conditions) {

    public PortfolioScorecard {
        conditions = List.copyOf(conditions);
    }

    public ConditionTally condition(Condition condition) {
        return conditions.stream().filter(c -> c.condition() == condition).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tally for " + condition));
    }
}
