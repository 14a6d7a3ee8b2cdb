/**
 * The task forms of the workspace: one small controller and template per kind of task (per form
 * key), each building the task's typed outcome from a plain HTML form and showing the context the
 * task needs on the same page. {@link nl.participationsuite.web.workspace.tasks.TaskPages} does
 * what all of them share.
 */
package nl.participationsuite.web.workspace.tasks;
