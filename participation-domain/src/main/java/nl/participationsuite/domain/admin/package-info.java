/**
 * What administrators did to the running system (a failed job retried, trajectories moved to a new
 * process version): who, when, what, on what; never residents' content.
 */
package nl.participationsuite.domain.admin;
