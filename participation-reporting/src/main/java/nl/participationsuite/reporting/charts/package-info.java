/** Charts of report figures, drawn on the server with JFreeChart: accessible SVG for pages, PNG for PDF documents. */
package nl.participationsuite.reporting.charts;
