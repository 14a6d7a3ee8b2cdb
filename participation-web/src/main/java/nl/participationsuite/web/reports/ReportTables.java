package nl.participationsuite.web.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.conditions.SmallGroupPrivacy;
import nl.participationsuite.reporting.leadtimes.LeadTimes;
import nl.participationsuite.reporting.leadtimes.PhaseSpan;
import nl.participationsuite.reporting.leadtimes.PhaseStatistics;
import nl.participationsuite.reporting.learning.ConditionComparison;
import nl.participationsuite.reporting.learning.LearningEvaluation;
import nl.participationsuite.reporting.learning.Outcome;
import nl.participationsuite.reporting.learning.OutcomeGroup;
import nl.participationsuite.reporting.portfolio.Count;
import nl.participationsuite.reporting.portfolio.Portfolio;
import nl.participationsuite.reporting.portfolio.TrajectoryRow;
import nl.participationsuite.reporting.scorecard.ConditionResult;
import nl.participationsuite.reporting.scorecard.ConditionTally;
import nl.participationsuite.reporting.scorecard.Measure;
import nl.participationsuite.reporting.scorecard.Verdict;
import nl.participationsuite.reporting.scorecard.WorkspaceSection;
import nl.participationsuite.reporting.trajectory.TrajectoryReport;
import nl.participationsuite.web.reports.ReportTable.Cell;

/**
 * Every table of every report, declared once: the page, the PDF and the CSV download all take their
 * tables from here. Aggregates only: no table names a resident (the report model holds no names), and
 * resident counts come with the small-cell rule already applied where the model applies it.
 */
final class ReportTables {

    /** Table ids: the CSV download's name and the page's anchor. */
    static final String PHASES = "fases";
    static final String KINDS = "soorten";
    static final String LEVELS = "niveaus";
    static final String ORGANISATIONS = "organisaties";
    static final String YEARS = "jaren";
    static final String SCORECARD = "scorecard";
    static final String MEASURES = "kengetallen";
    static final String TRAJECTORIES = "trajecten";
    static final String LEAD_TIMES = "doorlooptijden";
    static final String LEARNING = "lerende-evaluatie";
    static final String UNANSWERED = "onbeantwoorde-inbreng";
    static final String ROUNDS = "besluitrondes";
    static final String OVERRIDES = "afwijkingen";
    static final String CONDITIONS_CHECK = "voorwaardencheck";
    static final String MEETINGS = "bijeenkomsten";
    static final String SUPPORT = "ondersteuning";
    static final String STEP_BACKS = "uitstappers";

    private final ReportTexts texts;

    ReportTables(ReportTexts texts) {
        this.texts = texts;
    }

    /** The tables by id, in their order, each with the address of its CSV download. */
    static Map<String, ReportTable> byId(List<ReportTable> tables, Function<ReportTable, String> csvHref) {
        Map<String, ReportTable> byId = new LinkedHashMap<>();
        for (ReportTable table : tables) {
            byId.put(table.id(), table.withCsvHref(csvHref.apply(table)));
        }
        return byId;
    }

    // --- portfolio ---

    /** The portfolio's tables, in the page's order. {@code drillDown} is the portfolio filtered on one organisation. */
    List<ReportTable> portfolio(Portfolio portfolio, Function<Count, String> drillDown) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(counts(PHASES, "report.table.phases", "report.column.phase", portfolio.byPhase(), null));
        tables.add(counts(KINDS, "report.table.kinds", "report.column.kind", portfolio.byKind(), null));
        tables.add(counts(LEVELS, "report.table.levels", "report.column.level", portfolio.byLevel(), null));
        tables.add(counts(ORGANISATIONS, "report.table.organisations", "report.column.organisation",
                portfolio.byOrganisation(), drillDown));
        tables.add(counts(YEARS, "report.table.years", "report.column.year", portfolio.byYear(), null));
        tables.add(portfolioScorecard(portfolio));
        tables.add(portfolioMeasures(portfolio));
        tables.add(trajectories(portfolio.page().getContent()));
        return tables;
    }

    private ReportTable counts(String id, String caption, String heading, List<Count> counts,
            Function<Count, String> drillDown) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Count count : counts) {
            String label = countLabel(id, count);
            rows.add(List.of(drillDown == null ? Cell.of(label) : Cell.link(label, drillDown.apply(count)),
                    Cell.of(texts.number(count.trajectories()))));
        }
        return table(id, caption, List.of(texts.get(heading), texts.get("report.column.trajectories")), rows);
    }

    /** Phases, kinds and levels are keyed by their enum name and shown in the reader's language. */
    private String countLabel(String table, Count count) {
        return switch (table) {
            case PHASES -> texts.getOr("trajectory.phase." + count.key(), count.label());
            case KINDS -> texts.getOr("report.kind." + count.key(), count.label());
            case LEVELS -> texts.getOr("report.level." + count.key(), count.label());
            default -> count.label();
        };
    }

    private ReportTable portfolioScorecard(Portfolio portfolio) {
        List<String> headings = new ArrayList<>();
        headings.add(texts.get("report.column.condition"));
        for (Verdict verdict : Verdict.values()) {
            headings.add(texts.verdict(verdict));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ConditionTally tally : portfolio.scorecard().conditions()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(texts.condition(tally.condition())));
            for (Verdict verdict : Verdict.values()) {
                row.add(Cell.of(texts.number(tally.count(verdict))));
            }
            rows.add(row);
        }
        return table(SCORECARD, "report.table.portfolio-scorecard", headings, rows);
    }

    private ReportTable portfolioMeasures(Portfolio portfolio) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ConditionTally tally : portfolio.scorecard().conditions()) {
            for (Measure measure : tally.measures()) {
                rows.add(measureRow(tally.condition(), measure));
            }
        }
        return table(MEASURES, "report.table.measures", measureHeadings(), rows);
    }

    private ReportTable trajectories(List<TrajectoryRow> page) {
        List<List<Cell>> rows = new ArrayList<>();
        for (TrajectoryRow row : page) {
            long met = row.verdicts().values().stream().filter(verdict -> verdict == Verdict.MET).count();
            rows.add(List.of(Cell.link(row.reference(), ReportPaths.trajectory(row.id())), Cell.of(row.title()),
                    Cell.of(row.organisation()), Cell.of(texts.kind(row.kind())), Cell.of(texts.phase(row.phase())),
                    Cell.of(texts.date(row.startedAt())), Cell.of(texts.date(row.closedAt())),
                    Cell.of(texts.get("report.conditions-met", met, Condition.values().length))));
        }
        return table(TRAJECTORIES, "report.table.trajectories", List.of(texts.get("report.column.reference"),
                texts.get("report.column.title"), texts.get("report.column.organisation"), texts.get("report.column.kind"),
                texts.get("report.column.phase"), texts.get("report.column.started"), texts.get("report.column.closed"),
                texts.get("report.column.conditions-met")), rows);
    }

    // --- lead times ---

    ReportTable leadTimes(LeadTimes leadTimes) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PhaseStatistics phase : leadTimes.phases()) {
            rows.add(List.of(Cell.of(texts.phase(phase.phase())), Cell.of(texts.number(phase.trajectories())),
                    Cell.of(texts.number(phase.stillIn())), Cell.of(texts.number(phase.medianDays())),
                    Cell.of(texts.number(phase.p90Days()))));
        }
        return table(LEAD_TIMES, "report.table.lead-times", List.of(texts.get("report.column.phase"),
                texts.get("report.column.left-phase"), texts.get("report.column.still-in"),
                texts.get("report.column.median-days"), texts.get("report.column.p90-days")), rows);
    }

    // --- learning evaluation ---

    ReportTable learning(LearningEvaluation evaluation) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ConditionComparison comparison : evaluation.conditions()) {
            rows.add(learningRow(comparison, comparison.met(), "report.group.met"));
            rows.add(learningRow(comparison, comparison.notMet(), "report.group.not-met"));
        }
        return table(LEARNING, "report.table.learning", List.of(texts.get("report.column.condition"),
                texts.get("report.column.group"), texts.get("report.column.trajectories"),
                texts.get("report.column.success-met"), texts.get("report.column.retention"),
                texts.get("report.column.answered-on-time"), texts.get("report.column.caution")), rows);
    }

    private List<Cell> learningRow(ConditionComparison comparison, OutcomeGroup group, String groupKey) {
        return List.of(Cell.of(texts.condition(comparison.condition())), Cell.of(texts.get(groupKey)),
                Cell.of(texts.number(group.trajectories())), Cell.of(outcome(group.successMet())),
                Cell.of(outcome(group.residentRetention())), Cell.of(outcome(group.inputAnsweredOnTime())),
                Cell.of(group.tooSmall() ? texts.get("report.too-small") : ""));
    }

    private String outcome(Outcome outcome) {
        if (outcome == null || outcome.percent() == null) {
            return ReportTexts.NOTHING;
        }
        return texts.get("report.outcome", texts.number(outcome.percent()), outcome.n());
    }

    // --- trajectory report ---

    /** The trajectory report's tables, in the page's order. {@code workspace}: whether the reader may open the workspace's evidence. */
    List<ReportTable> trajectory(TrajectoryReport report, boolean workspace) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(scorecard(report, workspace));
        tables.add(measures(report));
        tables.add(phaseSpans(report.leadTimes().spans()));
        tables.add(unanswered(report.unansweredInputs()));
        tables.add(rounds(report.decisionRounds()));
        tables.add(overrides(report.overrides()));
        tables.add(conditionGaps(report.conditionGaps()));
        tables.add(meetings(report.meetings()));
        tables.add(support(report.support()));
        tables.add(stepBacks(report.stepBacks()));
        return tables;
    }

    private ReportTable scorecard(TrajectoryReport report, boolean workspace) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ConditionResult result : report.scorecard().conditions()) {
            rows.add(List.of(Cell.of(texts.condition(result.condition())), Cell.of(texts.verdict(result.verdict())),
                    evidence(report, result, workspace)));
        }
        return table(SCORECARD, "report.table.scorecard", List.of(texts.get("report.column.condition"),
                texts.get("report.column.verdict"), texts.get("report.column.evidence")), rows);
    }

    /**
     * Where the records behind a verdict are: the table of this report that holds them, or else the
     * section of the trajectory's workspace page for a reader who may open it.
     */
    private Cell evidence(TrajectoryReport report, ConditionResult result, boolean workspace) {
        if (result.evidence() == null) {
            return Cell.of("");
        }
        WorkspaceSection section = result.evidence().section();
        String table = REPORT_TABLE_OF.get(section);
        String label = texts.get("report.evidence." + section);
        if (table != null) {
            return Cell.link(label, ReportPaths.trajectory(report.heading().id()) + "#" + table);
        }
        if (workspace) {
            return Cell.link(label, "/werkruimte/trajecten/" + result.evidence().trajectoryId() + "#"
                    + WORKSPACE_SECTION_OF.get(section));
        }
        return Cell.of(label);
    }

    private static final Map<WorkspaceSection, String> REPORT_TABLE_OF = Map.of(
            WorkspaceSection.PHASES, LEAD_TIMES, WorkspaceSection.INPUT, UNANSWERED,
            WorkspaceSection.DECISION_ROUNDS, ROUNDS, WorkspaceSection.STEERING_GROUP, OVERRIDES,
            WorkspaceSection.CONDITIONS, CONDITIONS_CHECK, WorkspaceSection.MEETINGS, MEETINGS,
            WorkspaceSection.SUPPORT, SUPPORT, WorkspaceSection.MOTIVATION, STEP_BACKS);

    private static final Map<WorkspaceSection, String> WORKSPACE_SECTION_OF = Map.ofEntries(
            Map.entry(WorkspaceSection.PHASES, "phases"), Map.entry(WorkspaceSection.PARTICIPANTS, "participants"),
            Map.entry(WorkspaceSection.RECRUITMENT, "participants"), Map.entry(WorkspaceSection.MOTIVATION, "participants"),
            Map.entry(WorkspaceSection.VISION, "vision"), Map.entry(WorkspaceSection.ROLES, "agreements"),
            Map.entry(WorkspaceSection.STEERING_GROUP, "steering"), Map.entry(WorkspaceSection.DECISION_ROUNDS, "rounds"),
            Map.entry(WorkspaceSection.INPUT, "inputs"), Map.entry(WorkspaceSection.SUCCESSES, "successes"),
            Map.entry(WorkspaceSection.PROGRESS_UPDATES, "phases"), Map.entry(WorkspaceSection.SUPPORT, "support"),
            Map.entry(WorkspaceSection.MEETINGS, "meetings"), Map.entry(WorkspaceSection.CONDITIONS, "conditions"));

    private ReportTable measures(TrajectoryReport report) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ConditionResult result : report.scorecard().conditions()) {
            for (Measure measure : result.measures()) {
                rows.add(measureRow(result.condition(), measure));
            }
        }
        return table(MEASURES, "report.table.measures", measureHeadings(), rows);
    }

    private List<String> measureHeadings() {
        return List.of(texts.get("report.column.condition"), texts.get("report.column.measure"),
                texts.get("report.column.value"), texts.get("report.column.target"));
    }

    private List<Cell> measureRow(Condition condition, Measure measure) {
        return List.of(Cell.of(texts.condition(condition)), Cell.of(texts.measureName(measure)),
                Cell.of(texts.measureValue(measure)), Cell.of(texts.measureTarget(measure)));
    }

    private ReportTable phaseSpans(List<PhaseSpan> spans) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PhaseSpan span : spans) {
            rows.add(List.of(Cell.of(texts.phase(span.phase())), Cell.of(texts.number(span.cycle())),
                    Cell.of(texts.date(span.enteredAt())),
                    Cell.of(span.leftAt() == null ? texts.get("report.still-in") : texts.date(span.leftAt())),
                    Cell.of(texts.number(span.days()))));
        }
        return table(LEAD_TIMES, "report.table.phase-spans", List.of(texts.get("report.column.phase"),
                texts.get("report.column.cycle"), texts.get("report.column.entered"), texts.get("report.column.left"),
                texts.get("report.column.days")), rows);
    }

    private ReportTable unanswered(List<TrajectoryReport.UnansweredInput> inputs) {
        List<List<Cell>> rows = new ArrayList<>();
        for (TrajectoryReport.UnansweredInput input : inputs) {
            rows.add(List.of(Cell.of(texts.date(input.receivedAt())), Cell.of(texts.date(input.dueAt())),
                    Cell.of(texts.number(input.daysOpen())), Cell.of(texts.yesNo(input.overdue())),
                    Cell.of(texts.yesNo(input.escalated()))));
        }
        return table(UNANSWERED, "report.table.unanswered", List.of(texts.get("report.column.received"),
                texts.get("report.column.due"), texts.get("report.column.days-open"), texts.get("report.column.overdue"),
                texts.get("report.column.escalated")), rows);
    }

    private ReportTable rounds(List<TrajectoryReport.DecisionRoundRow> rounds) {
        List<List<Cell>> rows = new ArrayList<>();
        for (TrajectoryReport.DecisionRoundRow round : rounds) {
            rows.add(List.of(Cell.of(texts.date(round.openedAt())), Cell.of(texts.date(round.deadline())),
                    Cell.of(texts.date(round.closedAt())),
                    Cell.of(round.outcome() == null ? texts.get("report.round.open") : texts.get("trajectory.outcome." + round.outcome())),
                    Cell.of(texts.number(round.residentSeatHolders())), Cell.of(texts.number(round.residentVotes())),
                    Cell.of(texts.number(round.turnoutPercent()))));
        }
        return table(ROUNDS, "report.table.rounds", List.of(texts.get("report.column.opened"),
                texts.get("report.column.deadline"), texts.get("report.column.closed"), texts.get("report.column.outcome"),
                texts.get("report.column.resident-seats"), texts.get("report.column.resident-votes"),
                texts.get("report.column.turnout")), rows);
    }

    private ReportTable overrides(List<TrajectoryReport.SeatOverride> overrides) {
        List<List<Cell>> rows = new ArrayList<>();
        for (TrajectoryReport.SeatOverride override : overrides) {
            rows.add(List.of(Cell.of(texts.date(override.givenAt())), Cell.of(String.join(", ", override.brokenRules().stream()
                    .map(rule -> texts.getOr("report.rule." + rule, rule)).toList())), Cell.of(override.justification())));
        }
        return table(OVERRIDES, "report.table.overrides", List.of(texts.get("report.column.date"),
                texts.get("report.column.rules"), texts.get("report.column.justification")), rows);
    }

    private ReportTable conditionGaps(List<TrajectoryReport.ConditionGap> gaps) {
        List<List<Cell>> rows = new ArrayList<>();
        for (TrajectoryReport.ConditionGap gap : gaps) {
            rows.add(List.of(Cell.of(texts.condition(gap.condition())), Cell.of(texts.number(gap.period())),
                    Cell.of(texts.date(gap.openedAt())), Cell.of(mean(gap.residentMean(), gap.residentAnswers())),
                    Cell.of(mean(gap.professionalMean(), gap.professionalAnswers())), Cell.of(texts.number(gap.gap())),
                    Cell.of(texts.get("report.answers", gap.residentAnswers(), gap.professionalAnswers()))));
        }
        return table(CONDITIONS_CHECK, "report.table.conditions-check", List.of(texts.get("report.column.condition"),
                texts.get("report.column.check"), texts.get("report.column.date"), texts.get("report.column.residents-mean"),
                texts.get("report.column.professionals-mean"), texts.get("report.column.gap"),
                texts.get("report.column.answers")), rows);
    }

    /** A group's mean, or "too few answers to show" when the group answered but too few (SmallGroupPrivacy). */
    private String mean(BigDecimal mean, int answers) {
        return mean == null && SmallGroupPrivacy.tooFewToShow(answers) ? texts.get("report.too-few-answers")
                : texts.number(mean);
    }

    private ReportTable meetings(List<TrajectoryReport.VenueRow> venues) {
        List<List<Cell>> rows = new ArrayList<>();
        for (TrajectoryReport.VenueRow venue : venues) {
            rows.add(List.of(Cell.of(texts.get("coordination.meeting.venue." + venue.venueType())),
                    Cell.of(texts.number(venue.meetings())), Cell.of(texts.number(venue.withNeutralFacilitator())),
                    Cell.of(texts.number(venue.atPreferredTime()))));
        }
        return table(MEETINGS, "report.table.meetings", List.of(texts.get("report.column.venue"),
                texts.get("report.column.meetings"), texts.get("report.column.neutral-facilitator"),
                texts.get("report.column.preferred-time")), rows);
    }

    private ReportTable support(List<TrajectoryReport.SupportRow> support) {
        List<List<Cell>> rows = new ArrayList<>();
        for (TrajectoryReport.SupportRow row : support) {
            rows.add(List.of(Cell.of(texts.get("trajectory.support." + row.kind())),
                    Cell.of(texts.get("trajectory.support.status." + row.status())), Cell.of(texts.number(row.requests())),
                    Cell.of(row.euros() == null ? ReportTexts.NOTHING : texts.number(row.euros()))));
        }
        return table(SUPPORT, "report.table.support", List.of(texts.get("report.column.support-kind"),
                texts.get("report.column.status"), texts.get("report.column.requests"), texts.get("report.column.euros")),
                rows);
    }

    private ReportTable stepBacks(List<TrajectoryReport.StepBacks> stepBacks) {
        List<List<Cell>> rows = new ArrayList<>();
        for (TrajectoryReport.StepBacks row : stepBacks) {
            rows.add(List.of(Cell.of(texts.phase(row.phase())), Cell.of(row.residents().display())));
        }
        return table(STEP_BACKS, "report.table.step-backs", List.of(texts.get("report.column.phase"),
                texts.get("report.column.residents")), rows);
    }

    private ReportTable table(String id, String captionKey, List<String> headings, List<List<Cell>> rows) {
        return new ReportTable(id, texts.get(captionKey), headings, rows, null);
    }
}
