/**
 * Trajectory and portfolio reports for managers: KPI queries in SQL over the domain tables and the
 * engine's history tables (never through the engine's Java API), the report model and its rendering.
 */
package nl.participationsuite.reporting;
