/** Resident input in the process: receiving it, the professionals' answer with feedback, and the escalation when it is late. */
package nl.participationsuite.workflow.input;
