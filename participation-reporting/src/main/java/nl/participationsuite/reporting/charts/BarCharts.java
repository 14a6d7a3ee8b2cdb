package nl.participationsuite.reporting.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Horizontal bar charts (phase funnel, lead times, answer times, the conditions gap) drawn by
 * JFreeChart. For pages: an SVG element that is one image to assistive technology ({@code role="img"},
 * named by its {@code <title>} and described by its {@code <desc>}), scales to the page's width and
 * needs no script. For PDF documents: a PNG at twice the resolution. Colours have at least 4.5:1
 * contrast on white, every bar carries its figure as text, and the page shows the same figures as a
 * table beside the chart, so no figure is told by colour or shape alone.
 */
public final class BarCharts {

    /** The width the charts are drawn at; the SVG scales from it. */
    static final int WIDTH = 720;

    /** DejaVu Sans, from the fonts on the classpath: the same text metrics on every machine. */
    static final String FONT_FAMILY = "DejaVu Sans";

    /**
     * What a browser uses for the SVG's text: DejaVu where installed, else the nearest sans serif. Unquoted
     * (valid CSS for names of plain words): JFreeSVG writes it inside a single-quoted attribute.
     */
    static final String SVG_FONT_FAMILY = "DejaVu Sans, Arial, Helvetica, sans-serif";

    static final Color TEXT = new Color(0x1b1b1b);

    static final Color GRID = new Color(0x8a99a3);

    /**
     * Series colours: each at least 4.4:1 on white (graphics need 3:1, WCAG 1.4.11), and the first two,
     * dark blue and orange, told apart by their lightness too (for readers who do not see the hue).
     */
    static final List<Color> SERIES = List.of(new Color(0x003a57), new Color(0xc05a00), new Color(0x1e6b34),
            new Color(0x5b3a8c));

    private static final int BAR = 22;

    private static final int GROUP_GAP = 16;

    private static final String[] FONT_FILES = { "DejaVuSans.ttf", "DejaVuSans-Bold.ttf" };

    private static final String FONT_LOCATION = "/net/sf/jasperreports/fonts/dejavu/";

    static {
        registerFonts();
    }

    private BarCharts() {
    }

    /** The chart as an SVG element to put in an HTML page as it is. */
    public static String svg(ChartData data, Locale locale) {
        int height = height(data);
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, height);
        graphics.setDefsKeyPrefix(data.id() + "-");
        graphics.setFontFunction(family -> SVG_FONT_FAMILY);
        chart(data, locale).draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, height));
        String element = graphics.getSVGElement(data.id(), false, new ViewBox(0, 0, WIDTH, height), null, null);
        return accessible(presentationAttributes(element), data);
    }

    /** The chart as a PNG image (twice the drawing's resolution, for print). */
    public static byte[] png(ChartData data, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeScaledChartAsPNG(out, chart(data, locale), WIDTH, height(data), 2, 2);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /** The PNG image as a {@code data:} URI, for an {@code <img>} in a document rendered to PDF. */
    public static String pngDataUri(ChartData data, Locale locale) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(data, locale));
    }

    /** The height that gives every bar the same thickness, whatever the number of categories. */
    static int height(ChartData data) {
        int legend = data.series().size() > 1 ? 40 : 0;
        int groups = data.categories().size() * (data.series().size() * BAR + GROUP_GAP);
        return Math.max(160, 70 + legend + groups);
    }

    /** The categories' heading is left out of the picture: the labels speak for themselves, and the table names it. */
    static JFreeChart chart(ChartData data, Locale locale) {
        boolean legend = data.series().size() > 1;
        JFreeChart chart = ChartFactory.createBarChart(null, null, data.valueHeading(), dataset(data),
                PlotOrientation.HORIZONTAL, legend, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);

        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinesVisible(false);

        CategoryAxis categories = plot.getDomainAxis();
        categories.setLabelFont(font(Font.BOLD, 13));
        categories.setLabelPaint(TEXT);
        categories.setTickLabelFont(font(Font.PLAIN, 13));
        categories.setTickLabelPaint(TEXT);
        categories.setMaximumCategoryLabelWidthRatio(0.35f);
        categories.setMaximumCategoryLabelLines(3);
        categories.setCategoryMargin(0.2);

        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setLabelFont(font(Font.BOLD, 13));
        values.setLabelPaint(TEXT);
        values.setTickLabelFont(font(Font.PLAIN, 12));
        values.setTickLabelPaint(TEXT);
        values.setUpperMargin(0.15);
        values.setStandardTickUnits(wholeNumbersOnly(data) ? NumberAxis.createIntegerTickUnits(locale)
                : NumberAxis.createStandardTickUnits(locale));
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);

        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.05);
        bars.setMaximumBarWidth(0.9);
        for (int series = 0; series < data.series().size(); series++) {
            bars.setSeriesPaint(series, SERIES.get(series % SERIES.size()));
        }
        bars.setDefaultItemLabelGenerator(new FigureTexts(data));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(font(Font.PLAIN, 12));
        bars.setDefaultItemLabelPaint(TEXT);
        bars.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(4);

        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(font(Font.PLAIN, 13));
            legendTitle.setItemPaint(TEXT);
            legendTitle.setFrame(BlockBorder.NONE);
            legendTitle.setPosition(RectangleEdge.TOP);
        }
        return chart;
    }

    private static CategoryDataset dataset(ChartData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int s = 0; s < data.series().size(); s++) {
            ChartData.Series series = data.series().get(s);
            SeriesKey seriesKey = new SeriesKey(s, series.name());
            for (int c = 0; c < data.categories().size(); c++) {
                dataset.addValue(series.values().get(c).number(), seriesKey, new CategoryKey(c, data.categories().get(c)));
            }
        }
        return dataset;
    }

    private static boolean wholeNumbersOnly(ChartData data) {
        return data.series().stream().flatMap(series -> series.values().stream()).filter(ChartData.Value::drawn)
                .allMatch(value -> value.number() == Math.rint(value.number()));
    }

    private static Font font(int style, int size) {
        return new Font(FONT_FAMILY, style, size);
    }

    /** The text of a figure beside its bar is the text the table shows (a number in the reader's format). */
    private record FigureTexts(ChartData data) implements CategoryItemLabelGenerator {

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return data.series().get(row).name();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return data.categories().get(column);
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return data.series().get(row).values().get(column).text();
        }
    }

    /** Categories keyed by position, so that two categories with the same label stay two bars. */
    private record CategoryKey(int index, String label) implements Comparable<CategoryKey> {

        @Override
        public int compareTo(CategoryKey other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private record SeriesKey(int index, String name) implements Comparable<SeriesKey> {

        @Override
        public int compareTo(SeriesKey other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("style='([^']*)'");

    /**
     * JFreeSVG styles its shapes with {@code style} attributes, which a Content-Security-Policy without
     * {@code 'unsafe-inline'} (the product's) forbids: the browser then draws every shape black. The same
     * properties as SVG presentation attributes ({@code fill="..."}) are no inline style and look the same.
     */
    static String presentationAttributes(String svg) {
        Matcher style = STYLE_ATTRIBUTE.matcher(svg);
        StringBuilder result = new StringBuilder(svg.length());
        while (style.find()) {
            StringBuilder attributes = new StringBuilder();
            for (String declaration : style.group(1).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    String name = declaration.substring(0, colon).strip();
                    String value = declaration.substring(colon + 1).strip();
                    if (name.matches("[a-z-]+")) {
                        attributes.append(attributes.isEmpty() ? "" : " ").append(name).append("=\"")
                                .append(value.replace("\"", "'")).append('"');
                    }
                }
            }
            style.appendReplacement(result, Matcher.quoteReplacement(attributes.toString()));
        }
        style.appendTail(result);
        return result.toString();
    }

    /** The SVG as one image named by its title and described by its description. */
    static String accessible(String element, ChartData data) {
        String titleId = data.id() + "-title";
        String descId = data.id() + "-desc";
        int open = element.indexOf('>');
        if (!element.startsWith("<svg ") || open < 0) {
            throw new IllegalStateException("not an SVG element: " + element.substring(0, Math.min(40, element.length())));
        }
        return "<svg role=\"img\" focusable=\"false\" class=\"chart\" aria-labelledby=\"" + titleId + "\" aria-describedby=\""
                + descId + "\" " + element.substring(5, open + 1)
                + "<title id=\"" + titleId + "\">" + escape(data.title()) + "</title>"
                + "<desc id=\"" + descId + "\">" + escape(data.description()) + "</desc>"
                + element.substring(open + 1);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void registerFonts() {
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (String file : FONT_FILES) {
            try (InputStream in = BarCharts.class.getResourceAsStream(FONT_LOCATION + file)) {
                if (in != null) {
                    environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
                }
            }
            catch (IOException | FontFormatException ex) {
                // The charts fall back to the JVM's own sans serif; the figures do not change.
            }
        }
    }
}
