package nl.participationsuite.web.taskforms;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.conditions.ConditionAnswer;
import nl.participationsuite.workflow.conditions.ConditionsCheckOutcome;

/**
 * The ten conditions scored, as the form sends them: {@code answers[<CONDITION>].score} (1–5) and
 * {@code answers[<CONDITION>].remark}. The form binds the keys as text; the record always holds a
 * row for each of the ten conditions (empty when not sent), in the handbook's order, so that a
 * missing score is an error on its own radio group.
 */
public record ConditionsCheckForm(Map<String, @Valid Row> answers) implements TaskForm {

    public static final int LOWEST_SCORE = 1;

    public static final int HIGHEST_SCORE = 5;

    /** The domain's limit for a remark. */
    static final int MAX_REMARK = 500;

    public static final List<Condition> CONDITIONS = List.of(Condition.values());

    public static final List<Integer> SCORES = IntStream.rangeClosed(LOWEST_SCORE, HIGHEST_SCORE).boxed().toList();

    /** One condition's score and optional remark. */
    public record Row(Integer score, @Size(max = MAX_REMARK) String remark) {
    }

    public ConditionsCheckForm {
        Map<String, Row> complete = new LinkedHashMap<>();
        for (Condition condition : Condition.values()) {
            Row given = answers == null ? null : answers.get(condition.name());
            complete.put(condition.name(), given == null ? new Row(null, null) : given);
        }
        answers = complete;
    }

    public static ConditionsCheckForm empty() {
        return new ConditionsCheckForm(null);
    }

    /** The name of a condition's score field, e.g. {@code answers[INVOLVE_RESIDENTS_EARLY].score}. */
    public static String scoreField(Condition condition) {
        return "answers[" + condition.name() + "].score";
    }

    /** Every condition is scored, from 1 to 5; the error names the statement's number. */
    public void check(Errors errors) {
        for (Condition condition : Condition.values()) {
            String field = scoreField(condition);
            Integer score = answers.get(condition.name()).score();
            if (!errors.hasFieldErrors(field) && (score == null || score < LOWEST_SCORE || score > HIGHEST_SCORE)) {
                errors.rejectValue(field, "task.conditions.score.required", new Object[] { condition.ordinal() + 1 }, null);
            }
        }
    }

    public ConditionsCheckOutcome toOutcome() {
        Map<Condition, ConditionAnswer> scored = new EnumMap<>(Condition.class);
        for (Condition condition : Condition.values()) {
            Row row = answers.get(condition.name());
            scored.put(condition, new ConditionAnswer(row.score(), row.remark()));
        }
        return new ConditionsCheckOutcome(scored);
    }
}
