package nl.participationsuite.reporting.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTests {

    @Test
    void startsWithAByteOrderMarkAndSeparatesCellsWithSemicolons() {
        byte[] csv = CsvExport.write(new CsvTable(List.of("Fase", "Aantal"), List.of(List.of("Motivatiegesprekken", "12"))));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(text(csv)).isEqualTo("\uFEFFFase;Aantal\r\nMotivatiegesprekken;12\r\n");
    }

    @Test
    void keepsDutchTextAndDecimalCommasAndQuotesCellsThatNeedIt() throws IOException {
        byte[] csv = CsvExport.write(new CsvTable(List.of("Voorwaarde", "Score"), List.of(
                List.of("Visie; rollen", "3,5"), List.of("Coördinator \"zegt\"", "< 5"), List.of("Twee\nregels", "-2"))));

        List<CSVRecord> records = parse(csv);
        assertThat(records).hasSize(4);
        assertThat(records.get(1).values()).containsExactly("Visie; rollen", "3,5");
        assertThat(records.get(2).values()).containsExactly("Coördinator \"zegt\"", "< 5");
        assertThat(records.get(3).values()).containsExactly("Twee\nregels", "-2");
    }

    @Test
    void neutralisesCellsASpreadsheetWouldRunAsAFormula() throws IOException {
        byte[] csv = CsvExport.write(new CsvTable(List.of("=Kop", "b", "c", "d", "e", "f"), List.of(
                List.of("=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "veilig"))));

        List<CSVRecord> records = parse(csv);
        assertThat(records.get(0).get(0)).isEqualTo("'=Kop");
        assertThat(records.get(1).values()).containsExactly("'=HYPERLINK(\"http://x\")", "'+1+2", "'-2+3", "'@SUM(A1)",
                "'\tx", "veilig");
    }

    @Test
    void leavesNegativeNumbersAndEmptyCellsAlone() {
        assertThat(CsvExport.safe("-3")).isEqualTo("-3");
        assertThat(CsvExport.safe("-0,5")).isEqualTo("-0,5");
        assertThat(CsvExport.safe("")).isEmpty();
        assertThat(CsvExport.safe("-")).isEqualTo("'-");
    }

    @Test
    void writesEmptyCellsForMissingFiguresAndRefusesRaggedRows() {
        assertThat(text(CsvExport.write(new CsvTable(List.of("a", "b"), List.of(java.util.Arrays.asList("x", null))))))
                .endsWith("x;\r\n");
        assertThatThrownBy(() -> new CsvTable(List.of("a", "b"), List.of(List.of("x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String text(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        String withoutBom = text(csv).substring(1);
        return CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get().parse(new StringReader(withoutBom))
                .getRecords();
    }
}
