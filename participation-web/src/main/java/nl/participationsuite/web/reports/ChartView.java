package nl.participationsuite.web.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.participationsuite.reporting.charts.BarCharts;
import nl.participationsuite.reporting.charts.ChartData;
import nl.participationsuite.web.reports.ReportTable.Cell;

/**
 * A chart as a page shows it: the SVG, and beside it the table with the same figures (a report table
 * with its download where the chart draws one, or else the chart's own figures).
 */
public record ChartView(ChartData data, String svg, ReportTable table) {

    static ChartView of(ChartData data, ReportTable table, Locale locale) {
        return new ChartView(data, data.isEmpty() ? null : BarCharts.svg(data, locale), table);
    }

    static ChartView of(ChartData data, Locale locale) {
        return of(data, figures(data), locale);
    }

    /** The chart's own figures as a table: a row per category, a column per series. */
    static ReportTable figures(ChartData data) {
        List<String> headings = new ArrayList<>();
        headings.add(data.categoryHeading());
        data.series().forEach(series -> headings.add(series.name()));
        List<List<Cell>> rows = new ArrayList<>();
        for (int c = 0; c < data.categories().size(); c++) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(data.categories().get(c)));
            for (ChartData.Series series : data.series()) {
                row.add(Cell.of(series.values().get(c).text()));
            }
            rows.add(row);
        }
        return new ReportTable(data.id() + "-figures", data.title(), headings, rows, null);
    }

    /** For a PDF: the chart as a PNG {@code data:} URI. */
    String pngDataUri(Locale locale) {
        return BarCharts.pngDataUri(data, locale);
    }
}
