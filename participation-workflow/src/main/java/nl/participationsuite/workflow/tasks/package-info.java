/** The workflow facade: start a trajectory, the tasks a person may see, claim, complete with a typed outcome. */
package nl.participationsuite.workflow.tasks;
