package nl.participationsuite.reporting.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import nl.participationsuite.reporting.charts.BarCharts;
import nl.participationsuite.reporting.charts.ChartData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentsTests {

    private static final java.util.Locale DUTCH = java.util.Locale.forLanguageTag("nl");

    private static final String DOCUMENT = """
            <!DOCTYPE html>
            <html lang="nl" xmlns="http://www.w3.org/1999/xhtml">
            <head>
            <meta charset="utf-8" />
            <title>Rapportage participatietrajecten</title>
            <style>
              @page { size: A4; margin: 2cm; }
              body { font-family: 'DejaVu Sans'; font-size: 10pt; }
              h1 { font-weight: bold; }
              .title-page { page-break-after: always; }
            </style>
            </head>
            <body>
            <section class="title-page"><h1>Raadsinformatiebrief</h1><p>Gemeente Dalfsen, coördinatie en één voorbeeld</p></section>
            <h2>Trajecten per fase</h2>
            <img src="CHART" alt="Trajecten per fase: 12 in vroeg betrekken" style="width: 16cm" />
            <table><caption>Trajecten per fase</caption>
            <thead><tr><th scope="col">Fase</th><th scope="col">Aantal</th></tr></thead>
            <tbody><tr><td>Vroeg betrekken</td><td>12</td></tr></tbody></table>
            </body>
            </html>
            """;

    @Test
    void rendersATaggedPdfWithItsTextTitleAndLanguage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfDocuments.render(document(), "http://localhost/"))) {
            assertThat(pdf.getNumberOfPages()).as("title page and content").isEqualTo(2);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Raadsinformatiebrief").contains("Gemeente Dalfsen, coördinatie en één voorbeeld")
                    .contains("Trajecten per fase").contains("Vroeg betrekken");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Rapportage participatietrajecten");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged (PDF/UA)").isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getMetadata()).as("XMP metadata with the PDF/UA identification")
                    .isNotNull();
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfuaid");
        }
    }

    @Test
    void embedsEveryFontItUses() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfDocuments.render(document(), "http://localhost/"))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVu");
            });
        }
    }

    @Test
    void keepsTheChartsAlternativeText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfDocuments.render(document(), "http://localhost/"))) {
            assertThat(pdf.getPage(1).getResources().getXObjectNames()).as("the chart image").isNotEmpty();
            List<String> alternatives = new ArrayList<>();
            alternatives(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), alternatives);
            assertThat(alternatives).as("the figure's alternative text in the structure tree")
                    .contains("Trajecten per fase: 12 in vroeg betrekken");
        }
    }

    private static void alternatives(List<Object> kids, List<String> found) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if (element.getAlternateDescription() != null) {
                    found.add(element.getAlternateDescription());
                }
                alternatives(element.getKids(), found);
            }
        }
    }

    private static String document() {
        ChartData chart = ChartData.single("funnel", "Trajecten per fase", "12 in vroeg betrekken", "Fase", "Aantal",
                List.of("Vroeg betrekken"), List.of(ChartData.Value.of(12, "12")));
        return DOCUMENT.replace("CHART", BarCharts.pngDataUri(chart, DUTCH));
    }
}
