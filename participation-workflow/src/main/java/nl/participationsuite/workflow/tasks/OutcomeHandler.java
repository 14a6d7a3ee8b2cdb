package nl.participationsuite.workflow.tasks;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * Applies one kind of outcome: writes the domain change and answers the process variables that
 * route the process on. Runs inside the transaction that completes the task, so a refusal
 * (a {@code RuleViolationException}) leaves nothing stored and the task open.
 *
 * @param <T> the outcome record
 */
public interface OutcomeHandler<T extends TaskOutcome> {

    /** The form key of the tasks this handler completes, {@code outcome:<RecordName>}. */
    String formKey();

    Class<T> outcomeType();

    /** Applies the outcome; answers the variables to complete the task with (may be empty). */
    Map<String, Object> apply(TaskContext task, T outcome);

    /**
     * What follows once the task is completed, in the same transaction: for an outcome whose domain
     * change moves other tasks of the process on (a step back withdraws the person's open tasks),
     * which must happen after the task itself has left its place in the process. Nothing by default.
     */
    default void afterCompletion(TaskContext task, T outcome) {
    }

    /** A handler from its parts, for the usual case of one domain call and a few routing variables. */
    static <T extends TaskOutcome> OutcomeHandler<T> of(String formKey, Class<T> outcomeType,
            BiFunction<TaskContext, T, Map<String, Object>> apply) {
        return new OutcomeHandler<>() {
            @Override
            public String formKey() {
                return formKey;
            }

            @Override
            public Class<T> outcomeType() {
                return outcomeType;
            }

            @Override
            public Map<String, Object> apply(TaskContext task, T outcome) {
                return apply.apply(task, outcome);
            }
        };
    }
}
