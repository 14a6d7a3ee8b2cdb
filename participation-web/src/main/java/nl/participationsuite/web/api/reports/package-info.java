/** The manager's reports in the REST API ({@code /api/v1/reports}): the same figures as the pages, as JSON. */
package nl.participationsuite.web.api.reports;
