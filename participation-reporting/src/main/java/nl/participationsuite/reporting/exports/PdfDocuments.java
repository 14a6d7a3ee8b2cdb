package nl.participationsuite.reporting.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * An XHTML document (a report template rendered for print) as a PDF: A4 from the document's own
 * {@code @page} rule, tagged for assistive technology (PDF/UA: structure tree, the document's title and
 * language, alternative texts of images) and with its fonts embedded, DejaVu Sans from the classpath.
 *
 * <p>Documents name the font family {@value #FONT_FAMILY} for all their text: a font the PDF does not
 * embed would break PDF/UA, so there is no fallback to the PDF's built-in fonts.
 */
public final class PdfDocuments {

    /** The media type of the download. */
    public static final String MEDIA_TYPE = "application/pdf";

    /** The font family a document's CSS names. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final String FONT_LOCATION = "/net/sf/jasperreports/fonts/dejavu/";

    private static final String PRODUCER = "Participatie Suite";

    private PdfDocuments() {
    }

    /**
     * @param xhtml   a well-formed XHTML document with a {@code <title>} and a {@code lang}
     * @param baseUri where relative links of the document point to (images are {@code data:} URIs)
     */
    public static byte[] render(String xhtml, String baseUri) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer(PRODUCER);
            font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
            builder.withHtmlContent(xhtml, baseUri);
            builder.toStream(pdf);
            builder.run();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return pdf.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> stream(file), FONT_FAMILY, weight, style, true);
    }

    private static InputStream stream(String file) {
        InputStream in = PdfDocuments.class.getResourceAsStream(FONT_LOCATION + file);
        if (in == null) {
            throw new IllegalStateException("font " + file + " is not on the classpath (jasperreports-fonts)");
        }
        return in;
    }
}
