package nl.participationsuite.workflow.tasks;

/**
 * Someone completed a task with its outcome (published inside the action's transaction; a listener
 * that counts completions listens after commit, so a rolled-back or retried attempt counts nothing).
 *
 * @param kind    the task's id in the process model
 * @param formKey the form its outcome came from
 */
public record TaskCompleted(String kind, String formKey) {
}
