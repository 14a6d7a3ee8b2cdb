/**
 * The task forms of the workspace: one declaration per kind of task (per form key), each a
 * {@link nl.participationsuite.web.taskforms.TaskFormKind} that names its address, form record,
 * template, the context its page shows and the typed outcome, all served by
 * {@link nl.participationsuite.web.workspace.tasks.WorkspaceTaskFormController}.
 * {@link nl.participationsuite.web.workspace.tasks.TaskPages} gives every form its header and
 * completes the task the workspace's way.
 */
package nl.participationsuite.web.workspace.tasks;
