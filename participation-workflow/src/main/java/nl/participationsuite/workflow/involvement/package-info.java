/** The early-involvement gate in the process: its facts for the DMN, the coordinator's reminder, and the recruitment task. */
package nl.participationsuite.workflow.involvement;
