/**
 * Notifications: what the process asks of a person or tells them, kept as an outbox row written in the
 * transaction of the step that causes it, sent later by mail and listed in the portal and the workspace.
 */
package nl.participationsuite.domain.notification;
