/** Trajectories in the workspace and the REST API: list in scope, read, start. */
package nl.participationsuite.web.api.trajectories;
