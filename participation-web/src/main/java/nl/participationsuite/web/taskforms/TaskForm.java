package nl.participationsuite.web.taskforms;

import org.springframework.validation.Errors;

import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * The record a simple task form binds to: the checks its annotations cannot say (run after them,
 * with their errors already known) and the outcome it completes the task with.
 */
public interface TaskForm {

    /** The form's own checks; an error here keeps the form on its page. None by default. */
    default void check(Errors errors) {
    }

    TaskOutcome toOutcome();
}
