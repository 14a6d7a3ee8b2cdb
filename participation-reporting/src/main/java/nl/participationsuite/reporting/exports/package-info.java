/** Report downloads: tables as CSV for Dutch spreadsheets, documents as tagged PDF with embedded fonts. */
package nl.participationsuite.reporting.exports;
