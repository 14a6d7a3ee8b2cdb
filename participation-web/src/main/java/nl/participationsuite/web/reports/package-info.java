/** The manager's reports: the JSON API ({@code /api/v1/reports}) and the pages ({@code /rapportages}). */
package nl.participationsuite.web.reports;
