/**
 * What an operator needs of the engine now that Camunda's own webapps are not shipped: the jobs that
 * failed and their incidents, another try for one or all, the process versions deployed with the
 * trajectories running on each, and moving running trajectories to the newest version (tried first
 * without keeping anything). Every action is recorded with who did it.
 */
package nl.participationsuite.workflow.admin;
