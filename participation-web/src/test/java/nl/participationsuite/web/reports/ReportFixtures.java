package nl.participationsuite.web.reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.seats.RoundOutcome;
import nl.participationsuite.domain.support.SupportKind;
import nl.participationsuite.domain.support.SupportStatus;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.reporting.ManagerScope;
import nl.participationsuite.reporting.PortfolioFilter;
import nl.participationsuite.reporting.ResidentCount;
import nl.participationsuite.reporting.leadtimes.LeadTimes;
import nl.participationsuite.reporting.leadtimes.PhaseSpan;
import nl.participationsuite.reporting.leadtimes.PhaseStatistics;
import nl.participationsuite.reporting.leadtimes.TrajectoryLeadTimes;
import nl.participationsuite.reporting.learning.ConditionComparison;
import nl.participationsuite.reporting.learning.LearningEvaluation;
import nl.participationsuite.reporting.learning.Outcome;
import nl.participationsuite.reporting.learning.OutcomeGroup;
import nl.participationsuite.reporting.portfolio.Count;
import nl.participationsuite.reporting.portfolio.Portfolio;
import nl.participationsuite.reporting.portfolio.TrajectoryRow;
import nl.participationsuite.reporting.scorecard.ConditionResult;
import nl.participationsuite.reporting.scorecard.ConditionTally;
import nl.participationsuite.reporting.scorecard.Evidence;
import nl.participationsuite.reporting.scorecard.Measure;
import nl.participationsuite.reporting.scorecard.PortfolioScorecard;
import nl.participationsuite.reporting.scorecard.Scorecard;
import nl.participationsuite.reporting.scorecard.Unit;
import nl.participationsuite.reporting.scorecard.Verdict;
import nl.participationsuite.reporting.scorecard.WorkspaceSection;
import nl.participationsuite.reporting.trajectory.TrajectoryReport;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/** Hand-built report figures for the report pages' slice tests: no database, every kind of row and edge. */
final class ReportFixtures {

    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    static final OrganisationId DALFSEN = OrganisationId.of("7d9f1a3e-2b4c-4d5e-8f60-718293a4b5c6");

    static final OrganisationId GGD = OrganisationId.of("1a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d");

    static final TrajectoryId TRAJECTORY = TrajectoryId.of("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");

    private ReportFixtures() {
    }

    static ManagerScope scope(PersonId manager) {
        return new ManagerScope(manager, List.of(new ManagerScope.Organisation(DALFSEN, "Gemeente Dalfsen"),
                new ManagerScope.Organisation(GGD, "GGD IJsselland")));
    }

    static Portfolio portfolio(PortfolioFilter filter) {
        List<Count> byPhase = new ArrayList<>();
        int[] perPhase = { 3, 2, 1, 0, 0, 4, 0, 2 };
        for (Phase phase : Phase.values()) {
            byPhase.add(new Count(phase.name(), phase.name(), perPhase[phase.ordinal()]));
        }
        List<ConditionTally> tallies = new ArrayList<>();
        for (Condition condition : Condition.values()) {
            Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
            verdicts.put(Verdict.MET, 5);
            verdicts.put(Verdict.AT_RISK, 3);
            verdicts.put(Verdict.NOT_MET, 2);
            verdicts.put(Verdict.NOT_YET_MEASURABLE, 2);
            List<Measure> measures = condition == Condition.VISIBLE_QUICK_SUCCESSES
                    ? List.of(Measure.of("input.medianDaysToAnswer", Unit.DAYS, new BigDecimal("4.5")),
                            Measure.of("input.p90DaysToAnswer", Unit.DAYS, new BigDecimal("12.0"), 14),
                            Measure.residents("motivation.residentsWithConversation", ResidentCount.portfolio(3)))
                    : List.of();
            tallies.add(new ConditionTally(condition, verdicts, measures));
        }
        TrajectoryRow row = new TrajectoryRow(TRAJECTORY, "PT-2026-0007", "Samen gezond in Lemelerveld", DALFSEN,
                "Gemeente Dalfsen", TrajectoryKind.RESIDENT_INITIATIVE, ParticipationLevel.PARTICIPATION,
                Phase.WORKING_TOGETHER, 1, Instant.parse("2026-03-02T09:00:00Z"), null, false,
                Map.of(Condition.INVOLVE_RESIDENTS_EARLY, Verdict.MET, Condition.VISIBLE_QUICK_SUCCESSES, Verdict.AT_RISK),
                Map.of(Phase.EARLY_INVOLVEMENT, new BigDecimal("21.5")));
        return new Portfolio(filter, 12, 10, 2, byPhase,
                List.of(new Count("RESIDENT_INITIATIVE", "RESIDENT_INITIATIVE", 5),
                        new Count("ORGANISATION_PROJECT", "ORGANISATION_PROJECT", 7)),
                List.of(new Count("CONSULTATION", "CONSULTATION", 2), new Count("COMMUNICATION", "COMMUNICATION", 4),
                        new Count("PARTICIPATION", "PARTICIPATION", 6)),
                List.of(new Count(DALFSEN.toString(), "Gemeente Dalfsen", 8), new Count(GGD.toString(), "GGD IJsselland", 4)),
                List.of(new Count("2025", "2025", 3), new Count("2026", "2026", 9)),
                ResidentCount.portfolio(57), ResidentCount.portfolio(3), new PortfolioScorecard(tallies),
                new PageImpl<>(List.of(row), PageRequest.of(0, 20), 21));
    }

    static TrajectoryReport trajectoryReport() {
        TrajectoryReport.Heading heading = new TrajectoryReport.Heading(TRAJECTORY, "PT-2026-0007",
                "Samen gezond in Lemelerveld", "Gezond ouder worden", "Lemelerveld", DALFSEN, "Gemeente Dalfsen",
                TrajectoryKind.RESIDENT_INITIATIVE, ParticipationLevel.PARTICIPATION, Phase.WORKING_TOGETHER, 1,
                Instant.parse("2026-03-02T09:00:00Z"), null, false, 6, 2);
        List<ConditionResult> results = new ArrayList<>();
        for (Condition condition : Condition.values()) {
            Verdict verdict = switch (condition) {
                case INVOLVE_RESIDENTS_EARLY -> Verdict.MET;
                case SKEWED_POWER_RELATIONS_ADDRESSED -> Verdict.AT_RISK;
                case INVEST_IN_RESIDENTS -> Verdict.NOT_MET;
                default -> Verdict.NOT_YET_MEASURABLE;
            };
            List<Measure> measures = switch (condition) {
                case INVOLVE_RESIDENTS_EARLY -> List.of(
                        Measure.residents("early.residentsBeforeVision", ResidentCount.exact(7)),
                        Measure.of("early.distinctChannels", Unit.COUNT, 3, 2));
                case SKEWED_POWER_RELATIONS_ADDRESSED -> List.of(
                        Measure.of("input.medianDaysToAnswer", Unit.DAYS, new BigDecimal("4.5")),
                        Measure.of("input.answeredOnTime", Unit.PERCENT, new BigDecimal("66.7"), 90));
                default -> List.of();
            };
            WorkspaceSection section = switch (condition) {
                case SKEWED_POWER_RELATIONS_ADDRESSED -> WorkspaceSection.INPUT;
                case INVOLVE_RESIDENTS_EARLY -> WorkspaceSection.RECRUITMENT;
                default -> WorkspaceSection.CONDITIONS;
            };
            results.add(new ConditionResult(condition, verdict, measures, new Evidence(TRAJECTORY, section)));
        }
        TrajectoryLeadTimes leadTimes = new TrajectoryLeadTimes(TRAJECTORY, List.of(
                new PhaseSpan(Phase.EARLY_INVOLVEMENT, 1, Instant.parse("2026-03-02T09:00:00Z"),
                        Instant.parse("2026-03-23T21:00:00Z"), new BigDecimal("21.5")),
                new PhaseSpan(Phase.MOTIVATION, 1, Instant.parse("2026-03-23T21:00:00Z"),
                        Instant.parse("2026-04-20T09:00:00Z"), new BigDecimal("27.5")),
                new PhaseSpan(Phase.WORKING_TOGETHER, 1, Instant.parse("2026-04-20T09:00:00Z"), null,
                        new BigDecimal("223.0"))));
        return new TrajectoryReport(heading, new Scorecard(results), leadTimes,
                List.of(new TrajectoryReport.UnansweredInput(InputId.random(), Instant.parse("2026-11-01T10:00:00Z"),
                        Instant.parse("2026-11-15T10:00:00Z"), new BigDecimal("28.0"), true, true)),
                List.of(new TrajectoryReport.DecisionRoundRow(Instant.parse("2026-10-01T10:00:00Z"),
                        Instant.parse("2026-10-08T10:00:00Z"), Instant.parse("2026-10-08T10:00:00Z"), RoundOutcome.ADOPTED,
                        3, 2, new BigDecimal("66.7"))),
                List.of(new TrajectoryReport.SeatOverride(Instant.parse("2026-05-01T10:00:00Z"), List.of("MIN_RESIDENTS"),
                        "=Tijdelijk: tweede inwoner volgt in juni")),
                List.of(new TrajectoryReport.ConditionGap(1, Instant.parse("2026-09-01T10:00:00Z"),
                                Condition.SHARED_VISION_AND_CLEAR_ROLES, new BigDecimal("3.50"), new BigDecimal("4.25"),
                                new BigDecimal("0.75"), 4, 3),
                        new TrajectoryReport.ConditionGap(1, Instant.parse("2026-09-01T10:00:00Z"),
                                Condition.INVOLVE_RESIDENTS_EARLY, new BigDecimal("4.00"), null, null, 4, 0)),
                List.of(new TrajectoryReport.VenueRow(VenueType.NEIGHBOURHOOD_CENTRE, 4, 3, 4)),
                List.of(new TrajectoryReport.SupportRow(SupportKind.TRAVEL_COST, SupportStatus.PAID, 2, new BigDecimal("37.80")),
                        new TrajectoryReport.SupportRow(SupportKind.TRAINING, SupportStatus.REQUESTED, 1, null)),
                List.of(new TrajectoryReport.StepBacks(Phase.MOTIVATION, ResidentCount.exact(1))));
    }

    static LeadTimes leadTimes() {
        return new LeadTimes(List.of(
                new PhaseStatistics(Phase.EARLY_INVOLVEMENT, 9, 3, new BigDecimal("18.0"), new BigDecimal("35.5")),
                new PhaseStatistics(Phase.MOTIVATION, 7, 2, new BigDecimal("24.5"), new BigDecimal("41.0")),
                new PhaseStatistics(Phase.EVALUATION, 0, 0, null, null)));
    }

    static LearningEvaluation learningEvaluation() {
        List<ConditionComparison> comparisons = new ArrayList<>();
        for (Condition condition : Condition.values()) {
            boolean small = condition == Condition.INVEST_IN_RESIDENTS;
            comparisons.add(new ConditionComparison(condition,
                    new OutcomeGroup(small ? 2 : 8, small, new Outcome(new BigDecimal("75.0"), 8),
                            new Outcome(new BigDecimal("90.0"), 8), new Outcome(new BigDecimal("80.0"), 6)),
                    new OutcomeGroup(6, false, new Outcome(new BigDecimal("33.3"), 6), new Outcome(new BigDecimal("70.0"), 6),
                            new Outcome(null, 0)),
                    1));
        }
        return new LearningEvaluation(Phase.WORKING_TOGETHER, 15, comparisons);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));
        }
    }
}
