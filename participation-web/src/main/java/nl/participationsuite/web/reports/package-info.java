/** The manager's reports: portfolio, trajectory report, lead times and learning evaluation as pages, CSV and PDF. */
package nl.participationsuite.web.reports;
