package nl.participationsuite.reporting.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.participationsuite.reporting.charts.ChartData.Series;
import nl.participationsuite.reporting.charts.ChartData.Value;
import org.junit.jupiter.api.Test;

class BarChartsTests {

    private static final java.util.Locale DUTCH = java.util.Locale.forLanguageTag("nl");

    private final ChartData funnel = ChartData.single("funnel", "Trajecten per fase",
            "Vroeg betrekken 12 trajecten, motivatie 7, visie minder dan 5.", "Fase", "Aantal trajecten",
            List.of("Inwoners vroeg betrekken", "Motivatiegesprekken", "Gezamenlijke visie"),
            List.of(Value.of(12, "12"), Value.of(7, "7"), Value.textOnly("< 5")));

    private final ChartData gap = new ChartData("gap", "Voorwaarden: inwoners & professionals",
            "Per voorwaarde de gemiddelde score.", "Voorwaarde", "Gemiddelde score (1-5)",
            List.of("Gezamenlijke visie", "Vroeg betrekken"),
            List.of(new Series("Inwoners", List.of(Value.of(3.5, "3,5"), Value.of(2.25, "2,3"))),
                    new Series("Professionals", List.of(Value.of(4.0, "4,0"), Value.of(3.0, "3,0")))));

    @Test
    void svgIsOneImageNamedByItsTitleAndDescribedByItsDescription() {
        String svg = BarCharts.svg(funnel, DUTCH);

        assertThat(svg).startsWith("<svg role=\"img\" ")
                .contains("aria-labelledby=\"funnel-title\"")
                .contains("aria-describedby=\"funnel-desc\"")
                .contains("id='funnel'")
                .contains("<title id=\"funnel-title\">Trajecten per fase</title>")
                .contains("<desc id=\"funnel-desc\">Vroeg betrekken 12 trajecten, motivatie 7, visie minder dan 5.</desc>")
                .contains("viewBox='0.0 0.0 720.0 ")
                .endsWith("</svg>");
        assertThat(svg.indexOf("<title")).as("the title comes first inside the svg").isLessThan(svg.indexOf("<desc"))
                .isLessThan(svg.indexOf("<g"));
        assertThat(svg).as("presentation attributes, no inline style (the product's CSP forbids it)")
                .doesNotContain("style=").contains("font-family=\"DejaVu Sans, Arial");
        assertThat(svg.toLowerCase()).doesNotContain("<script").doesNotContain("onload").doesNotContain("javascript:");
    }

    @Test
    void turnsInlineStylesIntoPresentationAttributes() {
        assertThat(BarCharts.presentationAttributes("<rect x='1' style='fill:rgb(0,58,87); fill-opacity: 1.0'/>"
                + "<text style='font-family: \"DejaVu Sans\", sans-serif; font-size: 12px;'>3</text>"))
                .isEqualTo("<rect x='1' fill=\"rgb(0,58,87)\" fill-opacity=\"1.0\"/>"
                        + "<text font-family=\"'DejaVu Sans', sans-serif\" font-size=\"12px\">3</text>");
    }

    @Test
    void escapesTextsInTitleAndDescription() {
        assertThat(BarCharts.svg(gap, DUTCH)).contains("<title id=\"gap-title\">Voorwaarden: inwoners &amp; professionals</title>");
    }

    @Test
    void everyBarCarriesItsFigureAsTextAndEveryCategoryItsLabel() {
        String svg = BarCharts.svg(gap, DUTCH);

        assertThat(svg).contains(">3,5<").contains(">2,3<").contains(">4,0<").contains(">3,0<")
                .contains("Gezamenlijke visie").contains("Vroeg betrekken")
                .as("a legend names the series").contains(">Inwoners<").contains(">Professionals<");
    }

    @Test
    void aFigureShownAsTextOnlyGetsNoBar() {
        String svg = BarCharts.svg(funnel, DUTCH);

        assertThat(svg).contains(">12<").contains(">7<").doesNotContain("&lt; 5");
        assertThat(bars(svg, "rgb(0,58,87)")).as("two bars drawn, none for the small count").isEqualTo(2);
    }

    @Test
    void twoChartsOnOnePageShareNoIds() {
        Pattern id = Pattern.compile(" id=[\"']([^\"']+)[\"']");
        List<String> funnelIds = ids(BarCharts.svg(funnel, DUTCH), id);
        List<String> gapIds = ids(BarCharts.svg(gap, DUTCH), id);

        assertThat(funnelIds).isNotEmpty().allMatch(one -> one.startsWith("funnel"));
        assertThat(gapIds).isNotEmpty().allMatch(one -> one.startsWith("gap"));
    }

    @Test
    void seriesColoursAndTextHaveEnoughContrastOnWhite() {
        for (Color colour : BarCharts.SERIES) {
            assertThat(contrast(colour, Color.WHITE)).as("%s on white", colour).isGreaterThanOrEqualTo(3.0);
        }
        assertThat(contrast(BarCharts.TEXT, Color.WHITE)).isGreaterThanOrEqualTo(7.0);
        assertThat(contrast(BarCharts.SERIES.get(0), BarCharts.SERIES.get(1)))
                .as("the first two series differ in lightness too").isGreaterThanOrEqualTo(2.5);
    }

    @Test
    void heightGrowsWithTheCategoriesSoBarsKeepTheirThickness() {
        assertThat(BarCharts.height(gap)).isGreaterThanOrEqualTo(160);
        ChartData ten = ChartData.single("many", "t", "d", "c", "v",
                java.util.stream.IntStream.range(0, 10).mapToObj(i -> "c" + i).toList(),
                java.util.stream.IntStream.range(0, 10).mapToObj(i -> Value.of(i, "" + i)).toList());
        assertThat(BarCharts.height(ten)).isGreaterThan(BarCharts.height(funnel));
    }

    @Test
    void pngIsAnImageAtTwiceTheResolution() {
        byte[] png = BarCharts.png(funnel, DUTCH);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(BarCharts.pngDataUri(funnel, DUTCH)).startsWith("data:image/png;base64,iVBORw0KGgo");
    }

    @Test
    void refusesASeriesThatDoesNotFitTheCategories() {
        assertThatThrownBy(() -> new ChartData("x", "t", "d", "c", "v", List.of("a", "b"),
                List.of(new Series("s", List.of(Value.of(1, "1"))))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartData.single("no spaces", "t", "d", "c", "v", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsWhenThereIsNothingToDraw() {
        assertThat(funnel.isEmpty()).isFalse();
        assertThat(ChartData.single("none", "t", "d", "c", "v", List.of("a"), List.of(Value.textOnly("< 5"))).isEmpty())
                .isTrue();
    }

    private static int bars(String svg, String colour) {
        Matcher fill = Pattern.compile("<rect[^>]*fill=\"" + Pattern.quote(colour) + "\"").matcher(svg);
        int count = 0;
        while (fill.find()) {
            count++;
        }
        return count;
    }

    private static List<String> ids(String svg, Pattern id) {
        Matcher matcher = id.matcher(svg);
        java.util.ArrayList<String> ids = new java.util.ArrayList<>();
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color colour) {
        return 0.2126 * channel(colour.getRed()) + 0.7152 * channel(colour.getGreen()) + 0.0722 * channel(colour.getBlue());
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
