/**
 * Figures for monitoring the product as a whole (open tasks by kind, overdue input, trajectories by
 * phase): counts only, never a person, each one grouped statement.
 */
package nl.participationsuite.reporting.operations;
