package nl.participationsuite.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.reporting.scorecard.ConditionTally;
import nl.participationsuite.reporting.scorecard.Measure;
import nl.participationsuite.reporting.scorecard.PortfolioScorecard;
import nl.participationsuite.reporting.scorecard.ScorecardRules;
import nl.participationsuite.reporting.scorecard.TrajectoryFacts;
import nl.participationsuite.reporting.scorecard.Unit;
import nl.participationsuite.reporting.scorecard.Verdict;

/**
 * The scorecard over a portfolio: verdicts counted per condition, and totals (small-cell rule on residents).
 * Trajectories are {@linkplain #add added} one at a time as they are read, so that a portfolio of any size
 * is counted without holding its trajectories.
 */
final class PortfolioScorecards {

    private final int[][] counted = new int[Condition.values().length][Verdict.values().length];

    private int residentsBeforeVision, visionsAdopted, meetings, safeMeetings, updates, overrides, rounds, received,
            onTime, due, overdue, steppedBack, withMotivation, residents, visible, trainings, checksByBoth;

    private BigDecimal eurosApproved = BigDecimal.ZERO.setScale(2);

    private BigDecimal eurosPaid = BigDecimal.ZERO.setScale(2);

    /** Counts one trajectory's verdicts ({@link ScorecardRules#verdict}) and adds its figures to the totals. */
    void add(TrajectoryFacts f) {
        for (Condition condition : Condition.values()) {
            counted[condition.ordinal()][ScorecardRules.verdict(condition, f).ordinal()]++;
        }
        residentsBeforeVision += f.involvement().residentsBeforeVision();
        visionsAdopted += f.vision().adoptedAt() == null ? 0 : 1;
        meetings += f.meetings().meetings();
        safeMeetings += f.meetings().safe();
        updates += f.updates().sent();
        overrides += f.seats().overrides();
        rounds += f.seats().roundsClosed();
        received += f.input().received();
        onTime += f.input().answeredOnTime();
        due += f.input().due();
        overdue += f.input().unansweredOverdue();
        residents += f.involvement().residents();
        steppedBack += f.involvement().steppedBack();
        withMotivation += f.involvement().withMotivation();
        visible += f.successes().visible();
        trainings += f.support().trainings();
        eurosApproved = eurosApproved.add(f.support().eurosApproved());
        eurosPaid = eurosPaid.add(f.support().eurosPaid());
        checksByBoth += f.checks().answeredByBoth();
    }

    /** The scorecard over the trajectories added so far. */
    PortfolioScorecard scorecard() {
        Map<Condition, Map<Verdict, Integer>> counts = new EnumMap<>(Condition.class);
        for (Condition condition : Condition.values()) {
            for (Verdict verdict : Verdict.values()) {
                if (counted[condition.ordinal()][verdict.ordinal()] > 0) {
                    counts.computeIfAbsent(condition, c -> new EnumMap<>(Verdict.class))
                            .put(verdict, counted[condition.ordinal()][verdict.ordinal()]);
                }
            }
        }
        List<ConditionTally> tallies = new ArrayList<>();
        for (Condition condition : Condition.values()) {
            List<Measure> measures = switch (condition) {
                case SHARED_VISION_AND_CLEAR_ROLES -> List.of(Measure.of("vision.adopted", Unit.TRAJECTORIES, visionsAdopted));
                case INVOLVE_RESIDENTS_EARLY -> List.of(
                        Measure.residents("early.residentsBeforeVision", ResidentCount.portfolio(residentsBeforeVision)));
                case SAFE_AND_TRUSTED_ENVIRONMENT -> List.of(Measure.of("meetings.held", Unit.COUNT, meetings),
                        Measure.of("meetings.safeShare", Unit.PERCENT, ScorecardRules.percent(safeMeetings, meetings)));
                case SUPPORTIVE_AND_TRANSPARENT_LEADERSHIP -> List.of(Measure.of("leadership.updatesSent", Unit.COUNT, updates));
                case BIGGER_ROLE_IN_DECISION_MAKING -> List.of(Measure.of("seats.roundsHeld", Unit.COUNT, rounds),
                        Measure.of("seats.overrides", Unit.COUNT, overrides));
                case SKEWED_POWER_RELATIONS_ADDRESSED -> List.of(Measure.of("input.received", Unit.COUNT, received),
                        Measure.of("input.answeredOnTimeShare", Unit.PERCENT, ScorecardRules.percent(onTime, due)),
                        Measure.of("input.unansweredOverdue", Unit.COUNT, overdue));
                case MOTIVATIONS_OF_RESIDENTS -> List.of(
                        Measure.residents("motivation.residents", ResidentCount.portfolio(residents)),
                        Measure.of("motivation.share", Unit.PERCENT, ScorecardRules.percent(withMotivation, residents)),
                        Measure.residents("motivation.steppedBack", ResidentCount.portfolio(steppedBack)));
                case VISIBLE_QUICK_SUCCESSES -> List.of(Measure.of("successes.visible", Unit.COUNT, visible));
                case INVEST_IN_RESIDENTS -> List.of(Measure.of("support.eurosApproved", Unit.EUROS, eurosApproved),
                        Measure.of("support.eurosPaid", Unit.EUROS, eurosPaid),
                        Measure.of("support.trainings", Unit.COUNT, trainings));
                case FITTING_PARTICIPATION_ENVIRONMENT -> List.of(
                        Measure.of("conditions.checksAnsweredByBoth", Unit.COUNT, checksByBoth));
            };
            tallies.add(new ConditionTally(condition, counts.getOrDefault(condition, Map.of()), measures));
        }
        return new PortfolioScorecard(tallies);
    }
}
