/**
 * One task-form pipeline for every channel: each kind of task form is declared once
 * ({@link nl.participationsuite.web.taskforms.TaskFormKind}: form key, address, form record,
 * template, context, outcome), {@link nl.participationsuite.web.taskforms.TaskFormKinds} lists them
 * all, {@link nl.participationsuite.web.taskforms.PostedTaskFormResolver} binds a post to the
 * record its address names, and {@link nl.participationsuite.web.taskforms.TaskFormFlow} runs it.
 * The workspace and the portal each have one controller over all kinds; the API completes tasks
 * with the outcome records directly. The five forms residents do in the portal (review the vision,
 * answer a role agreement, accept a seat, vote, the conditions check) live here with their records
 * and contexts, because both channels show them. Neither channel depends on the other; both depend
 * on this package.
 */
package nl.participationsuite.web.taskforms;
