package nl.participationsuite.web.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.participationsuite.reporting.ManagerScope;
import nl.participationsuite.reporting.charts.BarCharts;
import nl.participationsuite.reporting.charts.ChartData;
import nl.participationsuite.reporting.leadtimes.LeadTimes;
import nl.participationsuite.reporting.portfolio.Portfolio;
import nl.participationsuite.reporting.scorecard.Measure;
import nl.participationsuite.reporting.trajectory.TrajectoryReport;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The PDF documents' XHTML: a raadsinformatiebrief-style document (title page, scorecard, charts,
 * tables) from the templates under {@code reports/pdf/}, which use the pages' own table fragment. The
 * charts are PNG images with the chart's description as their alternative text.
 */
@Component
class ReportDocuments {

    static final String PORTFOLIO_TEMPLATE = "reports/pdf/portfolio";

    static final String TRAJECTORY_TEMPLATE = "reports/pdf/trajectory";

    /** The documents' print style (A4, the embedded font, the title page), beside the templates. */
    static final String STYLE = "/templates/reports/pdf/print.css";

    private final ITemplateEngine templates;

    private final String style;

    private final ReportViews views;

    ReportDocuments(ITemplateEngine templates, ReportViews views) {
        this.templates = templates;
        this.views = views;
        try (InputStream in = ReportDocuments.class.getResourceAsStream(STYLE)) {
            this.style = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException | NullPointerException ex) {
            throw new IllegalStateException("the report documents' style " + STYLE + " is missing", ex);
        }
    }

    String portfolio(ManagerScope scope, Portfolio portfolio, LeadTimes leadTimes, Locale locale) {
        ReportTexts texts = views.texts(locale);
        ReportTables tables = new ReportTables(texts);
        ReportCharts charts = new ReportCharts(texts);
        Map<String, ReportTable> byId = ReportTables.byId(tables.portfolio(portfolio, count -> null), table -> null);
        List<Measure> measures = portfolio.scorecard().conditions().stream().flatMap(tally -> tally.measures().stream()).toList();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("style", style);
        variables.put("organisations", scope.organisations().stream().map(ManagerScope.Organisation::name)
                .collect(Collectors.joining(", ")));
        variables.put("portfolio", portfolio);
        variables.put("tables", byId);
        variables.put("leadTimes", tables.leadTimes(leadTimes));
        variables.put("charts", List.of(image(charts.funnel(portfolio), locale), image(charts.leadTimes(leadTimes), locale)));
        variables.put("answerTimes", charts.answerTimes(measures).map(chart -> image(chart, locale)).orElse(null));
        variables.put("date", texts.today(views.clock().instant()));
        return templates.process(PORTFOLIO_TEMPLATE, new Context(locale, variables));
    }

    String trajectory(TrajectoryReport report, Locale locale) {
        ReportTexts texts = views.texts(locale);
        ReportCharts charts = new ReportCharts(texts);
        List<Measure> measures = report.scorecard().conditions().stream().flatMap(result -> result.measures().stream()).toList();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("style", style);
        variables.put("report", report);
        variables.put("tables", ReportTables.byId(new ReportTables(texts).trajectory(report, false), table -> null));
        variables.put("charts", Stream.of(Optional.of(charts.phaseDays(report)), charts.answerTimes(measures),
                charts.conditionsGap(report)).flatMap(Optional::stream).filter(chart -> !chart.isEmpty())
                .map(chart -> image(chart, locale)).toList());
        variables.put("phase", texts.phase(report.heading().phase()));
        variables.put("started", texts.date(report.heading().startedAt()));
        variables.put("closed", report.heading().closedAt() == null ? null : texts.date(report.heading().closedAt()));
        variables.put("date", texts.today(views.clock().instant()));
        return templates.process(TRAJECTORY_TEMPLATE, new Context(locale, variables));
    }

    private static Image image(ChartData chart, Locale locale) {
        return new Image(chart.title(), chart.description(), chart.isEmpty() ? null : BarCharts.pngDataUri(chart, locale),
                ChartView.figures(chart));
    }

    /** A chart in a document: its title, its description (the image's alternative text), the PNG and its figures. */
    public record Image(String title, String description, String src, ReportTable figures) {
    }
}
