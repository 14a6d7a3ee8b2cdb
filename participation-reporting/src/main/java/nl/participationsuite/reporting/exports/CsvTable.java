package nl.participationsuite.reporting.exports;

import java.util.List;

/**
 * One table of a report as it is downloaded: a heading per column and rows of cell texts (already in
 * the reader's language and number format, small counts already shown as "&lt; 5").
 */
public record CsvTable(List<String> headings, List<List<String>> rows) {

    public CsvTable {
        headings = List.copyOf(headings);
        int columns = headings.size();
        rows = rows.stream().map(row -> {
            if (row.size() != columns) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns + " columns");
            }
            return row.stream().map(cell -> cell == null ? "" : cell).toList();
        }).toList();
    }
}
