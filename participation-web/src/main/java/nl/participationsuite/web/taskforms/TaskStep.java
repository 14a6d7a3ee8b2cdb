package nl.participationsuite.web.taskforms;

import java.util.function.UnaryOperator;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/** What a posted task form leads to, as its kind decides ({@link TaskFormKind#decide}). */
public sealed interface TaskStep {

    /** Show the form again: with its errors, or after an action that only changed the form. */
    static TaskStep show() {
        return Show.INSTANCE;
    }

    /** Complete the task with the outcome; a rule the domain names is shown on the form's field of the same name. */
    static TaskStep complete(TaskOutcome outcome) {
        return new Complete(outcome, UnaryOperator.identity());
    }

    /**
     * Show the form afresh, with a notice (by message key) saying why: what the form was filled in
     * for changed meanwhile (someone joined the trajectory, say).
     */
    static TaskStep reload(String noticeKey) {
        return new Reload(noticeKey);
    }

    /** Show the form again. */
    enum Show implements TaskStep {
        INSTANCE
    }

    /**
     * Complete the task with the outcome. {@code onForm} renames the field of a rule the domain
     * refuses the outcome with to the form's field (a seat the domain numbers among the seats chosen
     * is a row of the form).
     */
    record Complete(TaskOutcome outcome, UnaryOperator<RuleViolationException> onForm) implements TaskStep {
    }

    /** Show the form afresh with the notice {@code noticeKey}. */
    record Reload(String noticeKey) implements TaskStep {
    }
}
