/** The periodic conditions check in the process: opening a round and each participant's answers. */
package nl.participationsuite.workflow.conditions;
