package nl.participationsuite.reporting.scorecard;

import java.util.List;
import java.util.Optional;

import nl.participationsuite.domain.conditions.Condition;

/** One condition of one trajectory's scorecard: the verdict, the measures it rests on, and the evidence. */
public record ConditionResult(Condition condition, Verdict verdict, List<Measure> measures, Evidence evidence) {

    public ConditionResult {
        measures = List.copyOf(measures);
    }

    public Optional<Measure> measure(String name) {
        return measures.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
