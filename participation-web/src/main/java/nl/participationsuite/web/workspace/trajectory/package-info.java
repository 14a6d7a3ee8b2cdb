/** The trajectory pages of the workspace: the trajectories in a professional's scope and one trajectory's overview. */
package nl.participationsuite.web.workspace.trajectory;
