package nl.participationsuite.reporting.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A table as a CSV file that Dutch Excel opens as it is: semicolons between the cells (a comma is
 * the decimal sign there), UTF-8 with a byte-order mark (or Excel reads it as Windows-1252), CRLF
 * line ends, quotes where a cell needs them.
 *
 * <p>Safe to open: a cell that a spreadsheet would take as a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading apostrophe, so that it is
 * shown as text and never run (OWASP, CSV injection). A negative number such as {@code -3} is a
 * number, not a formula, and stays as it is.
 */
public final class CsvExport {

    /** The media type of the download. */
    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    static final char SEPARATOR = ';';

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL)
            .setDelimiter(SEPARATOR)
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private CsvExport() {
    }

    public static byte[] write(CsvTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            out.write(BYTE_ORDER_MARK);
            printer.printRecord(safe(table.headings()));
            for (List<String> row : table.rows()) {
                printer.printRecord(safe(row));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    private static List<String> safe(List<String> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            safe.add(safe(cell));
        }
        return safe;
    }

    /** The cell as text a spreadsheet shows and never evaluates. */
    static String safe(String cell) {
        if (cell.isEmpty() || isNumber(cell)) {
            return cell;
        }
        char first = cell.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + cell;
        }
        return cell;
    }

    /** A plain number as the reports write it: digits with a decimal comma or point, optionally negative. */
    private static boolean isNumber(String cell) {
        return cell.matches("-?\\d+([.,]\\d+)?");
    }
}
