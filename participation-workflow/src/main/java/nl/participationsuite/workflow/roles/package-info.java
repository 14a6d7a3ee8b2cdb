/** Role agreements in the process: the coordinator's proposals, each participant's answer, and renegotiation. */
package nl.participationsuite.workflow.roles;
