package nl.participationsuite.web.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.reporting.charts.ChartData;
import nl.participationsuite.reporting.charts.ChartData.Series;
import nl.participationsuite.reporting.charts.ChartData.Value;
import nl.participationsuite.reporting.leadtimes.LeadTimes;
import nl.participationsuite.reporting.leadtimes.PhaseStatistics;
import nl.participationsuite.reporting.portfolio.Count;
import nl.participationsuite.reporting.portfolio.Portfolio;
import nl.participationsuite.reporting.scorecard.Measure;
import nl.participationsuite.reporting.scorecard.Unit;
import nl.participationsuite.reporting.trajectory.TrajectoryReport;
import nl.participationsuite.reporting.trajectory.TrajectoryReport.ConditionGap;

/**
 * The charts of the reports, from the report model, with texts in the reader's language: the phase
 * funnel, lead times (median and p90), input answer times and the conditions gap. Each chart's
 * description says all its figures in one sentence, for readers who do not see the picture.
 */
final class ReportCharts {

    static final String FUNNEL = "funnel";
    static final String LEAD_TIMES = "lead-times";
    static final String PHASE_DAYS = "phase-days";
    static final String ANSWER_TIMES = "answer-times";
    static final String CONDITIONS_GAP = "conditions-gap";

    private final ReportTexts texts;

    ReportCharts(ReportTexts texts) {
        this.texts = texts;
    }

    /** How many trajectories are in each phase now. */
    ChartData funnel(Portfolio portfolio) {
        List<String> phases = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        for (Count count : portfolio.byPhase()) {
            phases.add(texts.getOr("trajectory.phase." + count.key(), count.label()));
            values.add(Value.of(count.trajectories(), texts.number(count.trajectories())));
        }
        return chart(FUNNEL, "report.chart.funnel", "report.column.phase", List.of(
                new Series(texts.get("report.column.trajectories"), values)), phases);
    }

    /** Median and p90 of the days in each phase, over the trajectories that left it. */
    ChartData leadTimes(LeadTimes leadTimes) {
        List<String> phases = new ArrayList<>();
        List<Value> median = new ArrayList<>();
        List<Value> p90 = new ArrayList<>();
        for (PhaseStatistics phase : leadTimes.phases()) {
            phases.add(texts.phase(phase.phase()));
            median.add(days(phase.medianDays()));
            p90.add(days(phase.p90Days()));
        }
        return chart(LEAD_TIMES, "report.chart.lead-times", "report.column.phase", List.of(
                new Series(texts.get("report.column.median-days"), median),
                new Series(texts.get("report.column.p90-days"), p90)), phases);
    }

    /** The days one trajectory spent in each phase (repeated stays added up). */
    ChartData phaseDays(TrajectoryReport report) {
        List<String> phases = new ArrayList<>();
        List<Value> days = new ArrayList<>();
        for (Map.Entry<Phase, BigDecimal> phase : report.leadTimes().daysPerPhase().entrySet()) {
            phases.add(texts.phase(phase.getKey()));
            days.add(days(phase.getValue()));
        }
        return chart(PHASE_DAYS, "report.chart.phase-days", "report.column.phase", List.of(
                new Series(texts.get("report.column.days"), days)), phases);
    }

    /**
     * How long answers to residents' input take: the measures in days of the scorecard's input figures
     * (names starting with {@code input.}), empty when there are none.
     */
    Optional<ChartData> answerTimes(List<Measure> measures) {
        List<String> names = new ArrayList<>();
        List<Value> days = new ArrayList<>();
        for (Measure measure : measures) {
            if (measure.unit() == Unit.DAYS && measure.name().startsWith("input.")) {
                names.add(texts.measureName(measure));
                days.add(measure.suppressed() ? Value.textOnly(measure.display()) : days(measure.value()));
            }
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(chart(ANSWER_TIMES, "report.chart.answer-times", "report.column.measure", List.of(
                new Series(texts.get("report.column.days"), days)), names));
    }

    /** The latest conditions check: residents' and professionals' mean score per condition. */
    Optional<ChartData> conditionsGap(TrajectoryReport report) {
        Optional<Integer> latest = report.conditionGaps().stream().map(ConditionGap::period).max(Comparator.naturalOrder());
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        List<String> conditions = new ArrayList<>();
        List<Value> residents = new ArrayList<>();
        List<Value> professionals = new ArrayList<>();
        for (ConditionGap gap : report.conditionGaps()) {
            if (gap.period() == latest.get()) {
                conditions.add(texts.condition(gap.condition()));
                residents.add(score(gap.residentMean()));
                professionals.add(score(gap.professionalMean()));
            }
        }
        return Optional.of(chart(CONDITIONS_GAP, "report.chart.conditions-gap", "report.column.condition", List.of(
                new Series(texts.get("report.column.residents-mean"), residents),
                new Series(texts.get("report.column.professionals-mean"), professionals)), conditions));
    }

    private Value days(BigDecimal days) {
        return days == null ? Value.textOnly(ReportTexts.NOTHING) : Value.of(days.doubleValue(), texts.number(days));
    }

    private Value score(BigDecimal score) {
        return score == null ? Value.textOnly(ReportTexts.NOTHING) : Value.of(score.doubleValue(), texts.number(score));
    }

    private ChartData chart(String id, String titleKey, String categoryKey, List<Series> series, List<String> categories) {
        String title = texts.get(titleKey);
        return new ChartData(id, title, description(title, categories, series), texts.get(categoryKey),
                series.size() == 1 ? series.get(0).name() : texts.get(titleKey + ".axis"), categories, series);
    }

    /** "Title: category figure (series), ...; ..." — every figure of the chart in words. */
    private String description(String title, List<String> categories, List<Series> series) {
        StringJoiner all = new StringJoiner("; ", title + ": ", ".");
        for (int c = 0; c < categories.size(); c++) {
            StringJoiner figures = new StringJoiner(", ", categories.get(c) + " ", "");
            for (Series one : series) {
                String figure = one.values().get(c).text();
                figures.add(series.size() == 1 ? figure : one.name() + " " + figure);
            }
            all.add(figures.toString());
        }
        return categories.isEmpty() ? title + ": " + texts.get("report.chart.empty") : all.toString();
    }
}
