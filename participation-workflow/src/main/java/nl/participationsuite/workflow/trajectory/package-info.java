/** The trajectory's own steps in the process: phases, participant lists, progress updates, new cycle and close. */
package nl.participationsuite.workflow.trajectory;
