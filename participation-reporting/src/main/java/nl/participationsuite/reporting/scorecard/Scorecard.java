package nl.participationsuite.reporting.scorecard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.conditions.Condition;

/** A trajectory's handbook scorecard: the ten conditions of DESIGN.md §1 in the handbook's order. */
public record Scorecard(List<ConditionResult> conditions) {

    public Scorecard {
        conditions = List.copyOf(conditions);
    }

    public ConditionResult condition(Condition condition) {
        return conditions.stream().filter(c -> c.condition() == condition).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no result for " + condition));
    }

    public Verdict verdict(Condition condition) {
        return condition(condition).verdict();
    }

    /** The verdicts alone, in the handbook's order. */
    public Map<Condition, Verdict> verdicts() {
        Map<Condition, Verdict> verdicts = new EnumMap<>(Condition.class);
        conditions.forEach(c -> verdicts.put(c.condition(), c.verdict()));
        return verdicts;
    }
}
