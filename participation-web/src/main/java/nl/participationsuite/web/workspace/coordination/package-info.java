/**
 * The coordinator's actions in the workspace, each a plain form: mapping a network, registering and
 * inviting a resident, recording input on a resident's behalf (any professional of the trajectory),
 * planning a meeting, deciding on a support request and closing a trajectory early. Each action is
 * one call of the domain or workflow and answers with a redirect to the trajectory's page.
 */
package nl.participationsuite.web.workspace.coordination;
