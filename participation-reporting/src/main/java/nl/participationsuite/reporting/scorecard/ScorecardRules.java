package nl.participationsuite.reporting.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.involvement.EarlyInvolvementStatus;
import nl.participationsuite.domain.seats.SeatCompositionRules;
import nl.participationsuite.domain.seats.SeatCompositionVerdict;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.ProgressUpdate;
import nl.participationsuite.reporting.ResidentCount;

/**
 * Judges a trajectory on the handbook's ten conditions from its {@link TrajectoryFacts}: the one place
 * where the scorecard's verdicts are decided. Where the process enforces a rule, the verdict asks the
 * domain's rule rather than repeating it: the early-involvement gate ({@link EarlyInvolvementStatus},
 * with the trajectory's own minimums), the steering group's composition ({@link SeatCompositionRules}),
 * the progress-update cycle ({@link ProgressUpdate#CYCLE}); the input deadline is in the facts (each
 * input's own due date). The thresholds below are the scorecard's own: how far from a rule is "at risk".
 *
 * <p>A condition is {@link Verdict#NOT_YET_MEASURABLE} until the trajectory reaches the point where it
 * can be judged (input received, a steering group composed, a check answered by both sides, ...).
 */
public final class ScorecardRules {

    /** Share of active participants with an accepted role agreement for "met" (percent). */
    public static final int ROLE_AGREEMENTS_MET = 80;

    /** ... and for "at risk" below that. */
    public static final int ROLE_AGREEMENTS_AT_RISK = 50;

    /** Share of meetings in a safe setting (neutral facilitator, not at an institution) for "met". */
    public static final int SAFE_MEETINGS_MET = 75;

    public static final int SAFE_MEETINGS_AT_RISK = 50;

    /** Days a progress update may come after the cycle before the leadership condition is at risk. */
    public static final int PROGRESS_UPDATE_GRACE_DAYS = 7;

    /** Mean turnout of resident seat holders per decision round below which decision seats are at risk. */
    public static final int RESIDENT_TURNOUT_AT_RISK = 50;

    /** Share of due input answered within its deadline for "met" (with none overdue now). */
    public static final int INPUT_ON_TIME_MET = 90;

    public static final int INPUT_ON_TIME_AT_RISK = 70;

    /** Share of residents with a motivation conversation for "met". */
    public static final int MOTIVATION_MET = 80;

    public static final int MOTIVATION_AT_RISK = 50;

    /** A first success within this many days of working together is a quick one. */
    public static final int QUICK_SUCCESS_DAYS = 90;

    /** Share of decided support requests approved for "met". */
    public static final int SUPPORT_APPROVED_MET = 50;

    /** Mean gap between residents' and professionals' scores (1–5 scale) for "met" and for "at risk". */
    public static final BigDecimal CONDITIONS_GAP_MET = new BigDecimal("0.5");

    public static final BigDecimal CONDITIONS_GAP_AT_RISK = new BigDecimal("1.0");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private ScorecardRules() {
    }

    /**
     * The scorecard of one trajectory, in the handbook's order.
     *
     * @param exactCounts true for a trajectory report (a manager of its organisation); false applies the
     *        small-cell rule to resident counts, as a portfolio does
     */
    public static Scorecard evaluate(TrajectoryFacts facts, boolean exactCounts) {
        List<ConditionResult> results = new ArrayList<>();
        for (Condition condition : Condition.values()) {
            results.add(switch (condition) {
                case SHARED_VISION_AND_CLEAR_ROLES -> sharedVision(facts);
                case INVOLVE_RESIDENTS_EARLY -> earlyInvolvement(facts, exactCounts);
                case SAFE_AND_TRUSTED_ENVIRONMENT -> safeSetting(facts);
                case SUPPORTIVE_AND_TRANSPARENT_LEADERSHIP -> leadership(facts);
                case BIGGER_ROLE_IN_DECISION_MAKING -> decisionSeats(facts);
                case SKEWED_POWER_RELATIONS_ADDRESSED -> inputFeedback(facts);
                case MOTIVATIONS_OF_RESIDENTS -> motivation(facts, exactCounts);
                case VISIBLE_QUICK_SUCCESSES -> successes(facts);
                case INVEST_IN_RESIDENTS -> investment(facts, exactCounts);
                case FITTING_PARTICIPATION_ENVIRONMENT -> conditionsCheck(facts);
            });
        }
        return new Scorecard(results);
    }

    /**
     * The verdicts of {@link #evaluate} alone, without the measures behind them: what a portfolio counts
     * for every trajectory in it. The same rules decide both (each verdict method below serves both).
     */
    public static Map<Condition, Verdict> verdicts(TrajectoryFacts facts) {
        Map<Condition, Verdict> verdicts = new EnumMap<>(Condition.class);
        for (Condition condition : Condition.values()) {
            verdicts.put(condition, verdict(condition, facts));
        }
        return verdicts;
    }

    /** The verdict on one condition. */
    public static Verdict verdict(Condition condition, TrajectoryFacts facts) {
        return switch (condition) {
            case SHARED_VISION_AND_CLEAR_ROLES -> sharedVisionVerdict(facts);
            case INVOLVE_RESIDENTS_EARLY -> earlyInvolvementVerdict(facts);
            case SAFE_AND_TRUSTED_ENVIRONMENT -> safeSettingVerdict(facts);
            case SUPPORTIVE_AND_TRANSPARENT_LEADERSHIP -> leadershipVerdict(facts);
            case BIGGER_ROLE_IN_DECISION_MAKING -> decisionSeatsVerdict(facts);
            case SKEWED_POWER_RELATIONS_ADDRESSED -> inputFeedbackVerdict(facts);
            case MOTIVATIONS_OF_RESIDENTS -> motivationVerdict(facts);
            case VISIBLE_QUICK_SUCCESSES -> successesVerdict(facts);
            case INVEST_IN_RESIDENTS -> investmentVerdict(facts);
            case FITTING_PARTICIPATION_ENVIRONMENT -> conditionsCheckVerdict(facts);
        };
    }

    static ConditionResult earlyInvolvement(TrajectoryFacts facts, boolean exact) {
        TrajectoryFacts.Basics b = facts.basics();
        TrajectoryFacts.Involvement i = facts.involvement();
        Instant visionAt = b.firstEntered().get(Phase.SHARED_VISION);
        List<Measure> measures = List.of(
                residents("early.residentsBeforeVision", i.residentsBeforeVision(), exact, b.minimumResidents()),
                Measure.of("early.channelsBeforeVision", Unit.COUNT, i.channelsBeforeVision(), b.minimumChannels()),
                Measure.of("early.daysToVision", Unit.DAYS, visionAt == null ? null : days(b.startedAt(), visionAt)));
        return result(Condition.INVOLVE_RESIDENTS_EARLY, earlyInvolvementVerdict(facts), measures, facts,
                WorkspaceSection.RECRUITMENT);
    }

    private static Verdict earlyInvolvementVerdict(TrajectoryFacts facts) {
        TrajectoryFacts.Basics b = facts.basics();
        TrajectoryFacts.Involvement i = facts.involvement();
        EarlyInvolvementStatus gate = new EarlyInvolvementStatus(i.residentsBeforeVision(), i.channelsBeforeVision(),
                b.minimumResidents(), b.minimumChannels());
        if (gate.thresholdsMet()) {
            return Verdict.MET;
        }
        if (!b.isPast(Phase.EARLY_INVOLVEMENT)) {
            return Verdict.NOT_YET_MEASURABLE;
        }
        boolean residentsMet = i.residentsBeforeVision() >= b.minimumResidents();
        boolean channelsMet = i.channelsBeforeVision() >= b.minimumChannels();
        return residentsMet || channelsMet ? Verdict.AT_RISK : Verdict.NOT_MET;
    }

    static ConditionResult sharedVision(TrajectoryFacts facts) {
        TrajectoryFacts.Basics b = facts.basics();
        TrajectoryFacts.Vision v = facts.vision();
        List<Measure> measures = List.of(
                Measure.of("vision.versions", Unit.COUNT, v.versions()),
                Measure.of("vision.reviewRounds", Unit.COUNT, v.reviewRounds()),
                Measure.of("vision.daysToAdoption", Unit.DAYS, v.adoptedAt() == null ? null : days(b.startedAt(), v.adoptedAt())),
                Measure.of("roles.acceptedShare", Unit.PERCENT, percent(v.acceptedAgreements(), v.activeParticipants()),
                        ROLE_AGREEMENTS_MET));
        return result(Condition.SHARED_VISION_AND_CLEAR_ROLES, sharedVisionVerdict(facts), measures, facts,
                WorkspaceSection.VISION);
    }

    private static Verdict sharedVisionVerdict(TrajectoryFacts facts) {
        TrajectoryFacts.Vision v = facts.vision();
        if (!facts.basics().isPast(Phase.ROLE_AGREEMENTS)) {
            return Verdict.NOT_YET_MEASURABLE;
        }
        if (v.adoptedAt() == null || v.activeParticipants() == 0) {
            return Verdict.NOT_MET;
        }
        return grade(v.acceptedAgreements(), v.activeParticipants(), ROLE_AGREEMENTS_MET, ROLE_AGREEMENTS_AT_RISK);
    }

    static ConditionResult safeSetting(TrajectoryFacts facts) {
        TrajectoryFacts.Meetings m = facts.meetings();
        List<Measure> measures = List.of(
                Measure.of("meetings.held", Unit.COUNT, m.meetings()),
                Measure.of("meetings.neutralFacilitator", Unit.COUNT, m.neutralFacilitator()),
                Measure.of("meetings.awayFromInstitution", Unit.COUNT, m.awayFromInstitution()),
                Measure.of("meetings.atPreferredTime", Unit.COUNT, m.atPreferredTime()),
                Measure.of("meetings.safeShare", Unit.PERCENT, percent(m.safe(), m.meetings()), SAFE_MEETINGS_MET));
        return result(Condition.SAFE_AND_TRUSTED_ENVIRONMENT, safeSettingVerdict(facts), measures, facts,
                WorkspaceSection.MEETINGS);
    }

    private static Verdict safeSettingVerdict(TrajectoryFacts facts) {
        TrajectoryFacts.Meetings m = facts.meetings();
        return m.meetings() == 0 ? Verdict.NOT_YET_MEASURABLE
                : grade(m.safe(), m.meetings(), SAFE_MEETINGS_MET, SAFE_MEETINGS_AT_RISK);
    }

    static ConditionResult leadership(TrajectoryFacts facts) {
        TrajectoryFacts.Basics b = facts.basics();
        TrajectoryFacts.Updates u = facts.updates();
        long cycleDays = ProgressUpdate.CYCLE.getDays();
        Instant workingSince = b.firstEntered().get(Phase.WORKING_TOGETHER);
        List<Measure> measures = List.of(
                Measure.of("leadership.updatesSent", Unit.COUNT, u.sent()),
                Measure.of("leadership.updatesDue", Unit.COUNT, workingSince == null ? null
                        : Duration.between(workingSince, b.end()).toDays() / cycleDays),
                Measure.of("leadership.longestGap", Unit.DAYS, u.longestGapDays(), cycleDays));
        return result(Condition.SUPPORTIVE_AND_TRANSPARENT_LEADERSHIP, leadershipVerdict(facts), measures, facts,
                WorkspaceSection.PROGRESS_UPDATES);
    }

    private static Verdict leadershipVerdict(TrajectoryFacts facts) {
        TrajectoryFacts.Basics b = facts.basics();
        TrajectoryFacts.Updates u = facts.updates();
        long cycleDays = ProgressUpdate.CYCLE.getDays();
        Instant workingSince = b.firstEntered().get(Phase.WORKING_TOGETHER);
        if (workingSince == null || u.longestGapDays() == null
                || (u.sent() == 0 && Duration.between(workingSince, b.end()).toDays() <= cycleDays + PROGRESS_UPDATE_GRACE_DAYS)) {
            return Verdict.NOT_YET_MEASURABLE;
        }
        if (u.longestGapDays().compareTo(BigDecimal.valueOf(cycleDays + PROGRESS_UPDATE_GRACE_DAYS)) <= 0) {
            return Verdict.MET;
        }
        return u.longestGapDays().compareTo(BigDecimal.valueOf(2 * cycleDays)) <= 0 ? Verdict.AT_RISK : Verdict.NOT_MET;
    }

    static ConditionResult decisionSeats(TrajectoryFacts facts) {
        TrajectoryFacts.Seats s = facts.seats();
        List<Measure> measures = List.of(
                Measure.of("seats.residentSeats", Unit.COUNT, s.residentSeats(), SeatCompositionRules.MINIMUM_RESIDENT_SEATS),
                Measure.of("seats.totalSeats", Unit.COUNT, s.totalSeats()),
                Measure.of("seats.residentShare", Unit.PERCENT, percent(s.residentSeats(), s.totalSeats()),
                        BigDecimal.valueOf(100.0 / SeatCompositionRules.RESIDENT_SHARE_DENOMINATOR)),
                Measure.of("seats.residentBackgrounds", Unit.COUNT, s.distinctResidentBackgrounds(),
                        SeatCompositionRules.MINIMUM_DISTINCT_BACKGROUNDS),
                Measure.of("seats.overrides", Unit.COUNT, s.overrides()),
                Measure.of("seats.roundsHeld", Unit.COUNT, s.roundsClosed()),
                Measure.of("seats.residentTurnout", Unit.PERCENT, s.meanResidentTurnoutPercent(), RESIDENT_TURNOUT_AT_RISK));
        return result(Condition.BIGGER_ROLE_IN_DECISION_MAKING, decisionSeatsVerdict(facts), measures, facts,
                WorkspaceSection.STEERING_GROUP);
    }

    private static Verdict decisionSeatsVerdict(TrajectoryFacts facts) {
        TrajectoryFacts.Seats s = facts.seats();
        if (!s.steeringGroup() || s.totalSeats() == 0) {
            return facts.basics().isPast(Phase.DECISION_SEATS) ? Verdict.NOT_MET : Verdict.NOT_YET_MEASURABLE;
        }
        if (s.residentSeats() < SeatCompositionRules.MINIMUM_RESIDENT_SEATS) {
            return Verdict.NOT_MET;
        }
        SeatCompositionVerdict composition = SeatCompositionRules.evaluate(s.residentSeats(), s.totalSeats(),
                s.distinctResidentBackgrounds());
        if (!composition.ok() || s.overrides() > 0 || (s.meanResidentTurnoutPercent() != null
                && s.meanResidentTurnoutPercent().compareTo(BigDecimal.valueOf(RESIDENT_TURNOUT_AT_RISK)) < 0)) {
            return Verdict.AT_RISK;
        }
        return Verdict.MET;
    }

    static ConditionResult inputFeedback(TrajectoryFacts facts) {
        TrajectoryFacts.Input i = facts.input();
        List<Measure> measures = List.of(
                Measure.of("input.received", Unit.COUNT, i.received()),
                Measure.of("input.answered", Unit.COUNT, i.answered()),
                Measure.of("input.answeredOnTimeShare", Unit.PERCENT, percent(i.answeredOnTime(), i.due()), INPUT_ON_TIME_MET),
                Measure.of("input.medianDaysToAnswer", Unit.DAYS, i.medianDaysToAnswer()),
                Measure.of("input.p90DaysToAnswer", Unit.DAYS, i.p90DaysToAnswer()),
                Measure.of("input.escalated", Unit.COUNT, i.escalated()),
                Measure.of("input.unanswered", Unit.COUNT, i.unanswered()),
                Measure.of("input.unansweredOverdue", Unit.COUNT, i.unansweredOverdue()),
                Measure.of("meetings.plainLanguage", Unit.COUNT, facts.meetings().plainLanguage()));
        return result(Condition.SKEWED_POWER_RELATIONS_ADDRESSED, inputFeedbackVerdict(facts), measures, facts,
                WorkspaceSection.INPUT);
    }

    private static Verdict inputFeedbackVerdict(TrajectoryFacts facts) {
        TrajectoryFacts.Input i = facts.input();
        if (i.due() == 0) {
            return Verdict.NOT_YET_MEASURABLE;
        }
        Verdict graded = grade(i.answeredOnTime(), i.due(), INPUT_ON_TIME_MET, INPUT_ON_TIME_AT_RISK);
        return graded == Verdict.MET && i.unansweredOverdue() > 0 ? Verdict.AT_RISK : graded;
    }

    static ConditionResult motivation(TrajectoryFacts facts, boolean exact) {
        TrajectoryFacts.Involvement i = facts.involvement();
        List<Measure> measures = List.of(
                residents("motivation.residents", i.residents(), exact, null),
                residents("motivation.conversations", i.withMotivation(), exact, null),
                Measure.of("motivation.share", Unit.PERCENT, percent(i.withMotivation(), i.residents()), MOTIVATION_MET),
                residents("motivation.steppedBack", i.steppedBack(), exact, null));
        return result(Condition.MOTIVATIONS_OF_RESIDENTS, motivationVerdict(facts), measures, facts,
                WorkspaceSection.MOTIVATION);
    }

    private static Verdict motivationVerdict(TrajectoryFacts facts) {
        TrajectoryFacts.Involvement i = facts.involvement();
        if (i.residents() == 0) {
            return Verdict.NOT_YET_MEASURABLE;
        }
        Verdict graded = grade(i.withMotivation(), i.residents(), MOTIVATION_MET, MOTIVATION_AT_RISK);
        if (!facts.basics().isPast(Phase.MOTIVATION)) {
            return graded == Verdict.MET ? Verdict.MET : Verdict.NOT_YET_MEASURABLE;
        }
        return graded;
    }

    static ConditionResult successes(TrajectoryFacts facts) {
        TrajectoryFacts.Basics b = facts.basics();
        TrajectoryFacts.Successes s = facts.successes();
        LocalDate startDay = LocalDate.ofInstant(b.startedAt(), ZoneOffset.UTC);
        List<Measure> measures = List.of(
                Measure.of("successes.registered", Unit.COUNT, s.registered()),
                Measure.of("successes.visible", Unit.COUNT, s.visible()),
                Measure.of("successes.daysToFirst", Unit.DAYS, s.firstAchievedOn() == null ? null
                        : Math.max(0, s.firstAchievedOn().toEpochDay() - startDay.toEpochDay())));
        return result(Condition.VISIBLE_QUICK_SUCCESSES, successesVerdict(facts), measures, facts,
                WorkspaceSection.SUCCESSES);
    }

    private static Verdict successesVerdict(TrajectoryFacts facts) {
        TrajectoryFacts.Basics b = facts.basics();
        TrajectoryFacts.Successes s = facts.successes();
        Instant workingSince = b.firstEntered().get(Phase.WORKING_TOGETHER);
        if (workingSince == null) {
            return s.visible() > 0 ? Verdict.MET : Verdict.NOT_YET_MEASURABLE;
        }
        if (s.registered() == 0) {
            long workingDays = Duration.between(workingSince, b.end()).toDays();
            return workingDays < QUICK_SUCCESS_DAYS ? Verdict.NOT_YET_MEASURABLE : Verdict.NOT_MET;
        }
        LocalDate quickBy = LocalDate.ofInstant(workingSince, ZoneOffset.UTC).plusDays(QUICK_SUCCESS_DAYS);
        return s.visible() > 0 && s.firstAchievedOn() != null && !s.firstAchievedOn().isAfter(quickBy) ? Verdict.MET
                : Verdict.AT_RISK;
    }

    static ConditionResult investment(TrajectoryFacts facts, boolean exact) {
        TrajectoryFacts.Support s = facts.support();
        TrajectoryFacts.Involvement i = facts.involvement();
        List<Measure> measures = List.of(
                Measure.of("support.requested", Unit.COUNT, s.requested()),
                Measure.of("support.approved", Unit.COUNT, s.approved()),
                Measure.of("support.rejected", Unit.COUNT, s.rejected()),
                Measure.of("support.paid", Unit.COUNT, s.paid()),
                Measure.of("support.trainings", Unit.COUNT, s.trainings()),
                Measure.of("support.eurosApproved", Unit.EUROS, s.eurosApproved()),
                Measure.of("support.eurosPaid", Unit.EUROS, s.eurosPaid()),
                Measure.of("support.eurosPerResident", Unit.EUROS, i.residents() == 0 ? null
                        : s.eurosApproved().divide(BigDecimal.valueOf(i.residents()), 2, RoundingMode.HALF_UP)),
                residents("support.residentsInvolved", i.residents(), exact, null));
        return result(Condition.INVEST_IN_RESIDENTS, investmentVerdict(facts), measures, facts, WorkspaceSection.SUPPORT);
    }

    private static Verdict investmentVerdict(TrajectoryFacts facts) {
        TrajectoryFacts.Support s = facts.support();
        int decided = s.approved() + s.rejected();
        if (decided == 0) {
            return Verdict.NOT_YET_MEASURABLE;
        }
        if (atLeastPercent(s.approved(), decided, SUPPORT_APPROVED_MET)) {
            return Verdict.MET;
        }
        return s.approved() > 0 ? Verdict.AT_RISK : Verdict.NOT_MET;
    }

    static ConditionResult conditionsCheck(TrajectoryFacts facts) {
        TrajectoryFacts.Checks c = facts.checks();
        BigDecimal trend = c.firstGap() == null || c.answeredByBoth() < 2 ? null : c.latestGap().subtract(c.firstGap());
        List<Measure> measures = List.of(
                Measure.of("conditions.checksAnswered", Unit.COUNT, c.answered()),
                Measure.of("conditions.checksAnsweredByBoth", Unit.COUNT, c.answeredByBoth()),
                Measure.of("conditions.latestGap", Unit.SCORE, c.latestGap(), CONDITIONS_GAP_MET),
                Measure.of("conditions.gapTrend", Unit.SCORE, trend));
        return result(Condition.FITTING_PARTICIPATION_ENVIRONMENT, conditionsCheckVerdict(facts), measures, facts,
                WorkspaceSection.CONDITIONS);
    }

    private static Verdict conditionsCheckVerdict(TrajectoryFacts facts) {
        BigDecimal gap = facts.checks().latestGap();
        if (gap == null) {
            return Verdict.NOT_YET_MEASURABLE;
        }
        if (gap.compareTo(CONDITIONS_GAP_MET) <= 0) {
            return Verdict.MET;
        }
        return gap.compareTo(CONDITIONS_GAP_AT_RISK) <= 0 ? Verdict.AT_RISK : Verdict.NOT_MET;
    }

    /** Days between two moments, one decimal. */
    public static BigDecimal days(Instant from, Instant to) {
        return BigDecimal.valueOf(Duration.between(from, to).getSeconds()).divide(SECONDS_PER_DAY, 1, RoundingMode.HALF_UP);
    }

    /** A share in percent, one decimal; null when there is nothing to divide by. */
    public static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /**
     * MET when {@code part} is at least {@code met} percent of {@code whole} (after rounding to one decimal,
     * as the share is shown), AT_RISK when at least {@code atRisk} percent, NOT_MET below.
     */
    private static Verdict grade(int part, int whole, int met, int atRisk) {
        if (atLeastPercent(part, whole, met)) {
            return Verdict.MET;
        }
        return atLeastPercent(part, whole, atRisk) ? Verdict.AT_RISK : Verdict.NOT_MET;
    }

    /**
     * Whether {@code part / whole}, as the percentage {@link #percent} shows (one decimal, half up), is at
     * least {@code threshold}: exact in integers, without building the share.
     */
    static boolean atLeastPercent(int part, int whole, int threshold) {
        // percent() rounds 1000 * part / whole half up to tenths: shown >= threshold exactly when
        // 1000 * part / whole >= 10 * threshold - 0.5, i.e. 2000 * part >= (20 * threshold - 1) * whole.
        return 2000L * part >= (20L * threshold - 1) * whole;
    }

    private static Measure residents(String name, int count, boolean exact, Integer target) {
        Measure measure = Measure.residents(name, exact ? ResidentCount.exact(count) : ResidentCount.portfolio(count));
        return target == null ? measure
                : new Measure(name, Unit.RESIDENTS, measure.value(), BigDecimal.valueOf(target), measure.suppressed());
    }

    private static ConditionResult result(Condition condition, Verdict verdict, List<Measure> measures,
            TrajectoryFacts facts, WorkspaceSection section) {
        return new ConditionResult(condition, verdict, measures, new Evidence(facts.basics().id(), section));
    }
}
