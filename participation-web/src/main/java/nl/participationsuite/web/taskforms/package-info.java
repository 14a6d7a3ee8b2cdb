/**
 * The task forms the workspace and the portal share (review the vision, answer a role agreement,
 * accept a seat, vote, the conditions check): each form's record and the context its page shows.
 * Neither channel depends on the other; both depend on this package.
 */
package nl.participationsuite.web.taskforms;
