/**
 * A resident's personal data in the process engine: what its history holds about them (tasks,
 * variables, identity links) for the export, and the erasure across domain and engine in one
 * transaction.
 */
package nl.participationsuite.workflow.privacy;
