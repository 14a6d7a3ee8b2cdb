package nl.participationsuite.web.reports;

import java.util.List;

import nl.participationsuite.reporting.exports.CsvTable;

/**
 * One table of a report, as the page, the PDF and the CSV download show it: its id (the download's
 * name and the page's anchor), caption, column headings and rows of cells in the reader's language.
 * The first cell of a row names the row. Declared once per table in {@link ReportTables}, so the page
 * and its download never drift apart.
 */
public record ReportTable(String id, String caption, List<String> headings, List<List<Cell>> rows, String csvHref) {

    public ReportTable {
        headings = List.copyOf(headings);
        rows = rows.stream().map(List::copyOf).toList();
    }

    ReportTable withCsvHref(String href) {
        return new ReportTable(id, caption, headings, rows, href);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    CsvTable csv() {
        return new CsvTable(headings, rows.stream().map(row -> row.stream().map(Cell::text).toList()).toList());
    }

    /** A cell's text, and where it leads when it is a link (drill-down, evidence). */
    public record Cell(String text, String href) {

        static Cell of(String text) {
            return new Cell(text == null ? "" : text, null);
        }

        static Cell link(String text, String href) {
            return new Cell(text, href);
        }
    }
}
