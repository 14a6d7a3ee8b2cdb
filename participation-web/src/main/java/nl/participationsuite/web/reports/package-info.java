/**
 * The manager's reports: the JSON API ({@code /api/v1/reports}, served from {@code web.api.reports}) and the pages ({@code /rapportages}: portfolio,
 * trajectory report, lead times and learning evaluation, every table as CSV, the reports as PDF).
 */
package nl.participationsuite.web.reports;
