/**
 * Notifications the process causes: a personal task that arrives tells its assignee, written into the
 * domain's outbox in the transaction that creates the task.
 */
package nl.participationsuite.workflow.notification;
