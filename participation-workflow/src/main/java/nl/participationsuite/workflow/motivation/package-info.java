/** The motivation conversation with each resident, as a task outcome. */
package nl.participationsuite.workflow.motivation;
