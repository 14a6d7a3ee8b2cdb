/** Workflow tasks in the workspace and the REST API: the tasks open to me, claim, release, complete with a typed outcome. */
package nl.participationsuite.web.api.tasks;
