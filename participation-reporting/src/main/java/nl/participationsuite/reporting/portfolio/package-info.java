/** The portfolio report: counts of a manager's trajectories and one page of them with their verdicts. */
package nl.participationsuite.reporting.portfolio;
