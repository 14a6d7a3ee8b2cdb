/** The report of one trajectory: its scorecard with all measures, its lead times and the tables behind them. */
package nl.participationsuite.reporting.trajectory;
