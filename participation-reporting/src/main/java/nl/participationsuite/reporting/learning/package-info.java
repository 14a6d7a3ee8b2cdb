/** The learning evaluation: outcomes of trajectories that met a condition against those that did not. */
package nl.participationsuite.reporting.learning;
