package nl.participationsuite.reporting.scorecard;

import static nl.participationsuite.reporting.scorecard.Facts.decimal;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.trajectory.Phase;
import org.junit.jupiter.api.Test;

/** Every verdict of the handbook scorecard and the measures behind it, on hand-built facts. */
class ScorecardRulesTests {

    private static ConditionResult judge(Facts facts, Condition condition) {
        return ScorecardRules.evaluate(facts.build(), true).condition(condition);
    }

    private static BigDecimal value(ConditionResult result, String measure) {
        return result.measure(measure).orElseThrow().value();
    }

    @Test
    void judgesAllTenConditionsInTheHandbooksOrderWithEvidenceInTheTrajectory() {
        TrajectoryFacts facts = Facts.startedDaysAgo(3).build();
        Scorecard scorecard = ScorecardRules.evaluate(facts, true);

        assertThat(scorecard.conditions()).extracting(ConditionResult::condition).containsExactly(Condition.values());
        assertThat(scorecard.conditions()).allSatisfy(c -> assertThat(c.evidence().trajectoryId()).isEqualTo(facts.basics().id()));
        assertThat(scorecard.verdicts().values()).containsOnly(Verdict.NOT_YET_MEASURABLE);
    }

    @Test
    void earlyInvolvementIsMetWithTheTrajectorysOwnMinimumsBeforeTheVision() {
        ConditionResult result = judge(Facts.startedDaysAgo(40).phases(Phase.SHARED_VISION, 10, 30)
                .involvement(5, 2, 6, 0, 6), Condition.INVOLVE_RESIDENTS_EARLY);

        assertThat(result.verdict()).isEqualTo(Verdict.MET);
        assertThat(value(result, "early.residentsBeforeVision")).isEqualByComparingTo("5");
        assertThat(result.measure("early.residentsBeforeVision").orElseThrow().target()).isEqualByComparingTo("5");
        assertThat(value(result, "early.channelsBeforeVision")).isEqualByComparingTo("2");
        assertThat(value(result, "early.daysToVision")).isEqualByComparingTo("30");
        assertThat(result.evidence().section()).isEqualTo(WorkspaceSection.RECRUITMENT);
    }

    @Test
    void earlyInvolvementIsNotYetMeasurableWhileRecruitingAndAtRiskOrNotMetOnceClosedShort() {
        assertThat(judge(Facts.startedDaysAgo(20).involvement(3, 1, 3, 0, 0), Condition.INVOLVE_RESIDENTS_EARLY).verdict())
                .isEqualTo(Verdict.NOT_YET_MEASURABLE);
        assertThat(judge(Facts.startedDaysAgo(20).involvement(6, 1, 6, 0, 0).closedEarly(),
                Condition.INVOLVE_RESIDENTS_EARLY).verdict()).isEqualTo(Verdict.AT_RISK);
        assertThat(judge(Facts.startedDaysAgo(20).involvement(1, 1, 1, 0, 0).closedEarly(),
                Condition.INVOLVE_RESIDENTS_EARLY).verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void sharedVisionAndRolesCountAcceptedAgreementsOnceRolesWereAgreed() {
        Facts base = Facts.startedDaysAgo(100).phases(Phase.DECISION_SEATS, 10, 20, 50, 70);
        ConditionResult met = judge(base.with(new TrajectoryFacts.Vision(2, 2, Facts.day(45), 10, 9)),
                Condition.SHARED_VISION_AND_CLEAR_ROLES);
        assertThat(met.verdict()).isEqualTo(Verdict.MET);
        assertThat(value(met, "vision.versions")).isEqualByComparingTo("2");
        assertThat(value(met, "vision.reviewRounds")).isEqualByComparingTo("2");
        assertThat(value(met, "vision.daysToAdoption")).isEqualByComparingTo("45");
        assertThat(value(met, "roles.acceptedShare")).isEqualByComparingTo("90");

        assertThat(judge(base.with(new TrajectoryFacts.Vision(1, 1, Facts.day(45), 10, 6)),
                Condition.SHARED_VISION_AND_CLEAR_ROLES).verdict()).isEqualTo(Verdict.AT_RISK);
        assertThat(judge(Facts.startedDaysAgo(30).phases(Phase.SHARED_VISION, 10, 20)
                .with(new TrajectoryFacts.Vision(1, 1, null, 5, 0)), Condition.SHARED_VISION_AND_CLEAR_ROLES).verdict())
                .isEqualTo(Verdict.NOT_YET_MEASURABLE);
    }

    @Test
    void aTrajectoryClosedEarlyWithoutAnAdoptedVisionDidNotMeetSharedVision() {
        assertThat(judge(Facts.startedDaysAgo(30).phases(Phase.SHARED_VISION, 10, 20).closedEarly()
                .with(new TrajectoryFacts.Vision(1, 1, null, 5, 0)), Condition.SHARED_VISION_AND_CLEAR_ROLES).verdict())
                .isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void decisionSeatsFollowTheSeatCompositionRules() {
        Facts base = Facts.startedDaysAgo(100).phases(Phase.WORKING_TOGETHER, 10, 20, 30, 40, 60);
        ConditionResult met = judge(base.with(new TrajectoryFacts.Seats(true, 2, 6, 2, 0, 3, decimal("75.0"))),
                Condition.BIGGER_ROLE_IN_DECISION_MAKING);
        assertThat(met.verdict()).isEqualTo(Verdict.MET);
        assertThat(value(met, "seats.residentShare")).isEqualByComparingTo("33.3");
        assertThat(value(met, "seats.roundsHeld")).isEqualByComparingTo("3");
        assertThat(value(met, "seats.residentTurnout")).isEqualByComparingTo("75");

        assertThat(judge(base.with(new TrajectoryFacts.Seats(true, 1, 3, 1, 1, 0, null)),
                Condition.BIGGER_ROLE_IN_DECISION_MAKING).verdict()).as("a single token resident").isEqualTo(Verdict.NOT_MET);
        assertThat(judge(base.with(new TrajectoryFacts.Seats(true, 2, 7, 2, 0, 0, null)),
                Condition.BIGGER_ROLE_IN_DECISION_MAKING).verdict()).as("share too low").isEqualTo(Verdict.AT_RISK);
        assertThat(judge(base.with(new TrajectoryFacts.Seats(true, 2, 4, 2, 1, 0, null)),
                Condition.BIGGER_ROLE_IN_DECISION_MAKING).verdict()).as("overridden").isEqualTo(Verdict.AT_RISK);
        assertThat(judge(base.with(new TrajectoryFacts.Seats(true, 3, 5, 2, 0, 2, decimal("33.3"))),
                Condition.BIGGER_ROLE_IN_DECISION_MAKING).verdict()).as("low turnout").isEqualTo(Verdict.AT_RISK);
        assertThat(judge(base, Condition.BIGGER_ROLE_IN_DECISION_MAKING).verdict()).as("no steering group")
                .isEqualTo(Verdict.NOT_MET);
        assertThat(judge(Facts.startedDaysAgo(10), Condition.BIGGER_ROLE_IN_DECISION_MAKING).verdict())
                .isEqualTo(Verdict.NOT_YET_MEASURABLE);
    }

    @Test
    void inputFeedbackIsNotYetMeasurableWithoutInputOrBeforeAnyDeadline() {
        Facts working = Facts.startedDaysAgo(100).phases(Phase.WORKING_TOGETHER, 10, 20, 30, 40, 60);
        ConditionResult none = judge(working, Condition.SKEWED_POWER_RELATIONS_ADDRESSED);
        assertThat(none.verdict()).isEqualTo(Verdict.NOT_YET_MEASURABLE);
        assertThat(value(none, "input.received")).isEqualByComparingTo("0");
        assertThat(value(none, "input.answeredOnTimeShare")).isNull();
        assertThat(value(none, "input.medianDaysToAnswer")).isNull();
        assertThat(none.measure("input.medianDaysToAnswer").orElseThrow().display()).isEqualTo("–");

        assertThat(judge(working.with(new TrajectoryFacts.Input(2, 0, 0, 0, 2, 0, null, null)),
                Condition.SKEWED_POWER_RELATIONS_ADDRESSED).verdict()).isEqualTo(Verdict.NOT_YET_MEASURABLE);
    }

    @Test
    void inputFeedbackWeighsAnswersWithinTheDeadlineAndWhatIsOverdueNow() {
        Facts working = Facts.startedDaysAgo(100).phases(Phase.WORKING_TOGETHER, 10, 20, 30, 40, 60);
        ConditionResult met = judge(working.with(new TrajectoryFacts.Input(12, 10, 9, 1, 2, 0, decimal("6.5"), decimal("13.0"))),
                Condition.SKEWED_POWER_RELATIONS_ADDRESSED);
        assertThat(met.verdict()).isEqualTo(Verdict.MET);
        assertThat(value(met, "input.answeredOnTimeShare")).isEqualByComparingTo("90");
        assertThat(value(met, "input.medianDaysToAnswer")).isEqualByComparingTo("6.5");
        assertThat(value(met, "input.p90DaysToAnswer")).isEqualByComparingTo("13");
        assertThat(value(met, "input.escalated")).isEqualByComparingTo("1");

        assertThat(judge(working.with(new TrajectoryFacts.Input(10, 9, 9, 1, 1, 1, null, null)),
                Condition.SKEWED_POWER_RELATIONS_ADDRESSED).verdict()).as("one overdue now").isEqualTo(Verdict.AT_RISK);
        assertThat(judge(working.with(new TrajectoryFacts.Input(10, 10, 5, 5, 0, 0, null, null)),
                Condition.SKEWED_POWER_RELATIONS_ADDRESSED).verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void visibleSuccessesMustComeQuicklyOnceWorkingTogether() {
        Facts working100 = Facts.startedDaysAgo(160).phases(Phase.WORKING_TOGETHER, 10, 20, 30, 40, 60);
        ConditionResult quick = judge(working100.with(new TrajectoryFacts.Successes(2, 1, LocalDate.of(2026, 3, 20), 0, 0)),
                Condition.VISIBLE_QUICK_SUCCESSES);
        assertThat(quick.verdict()).isEqualTo(Verdict.MET);
        assertThat(value(quick, "successes.daysToFirst")).isEqualByComparingTo("74");

        assertThat(judge(working100.with(new TrajectoryFacts.Successes(1, 0, LocalDate.of(2026, 3, 20), 0, 0)),
                Condition.VISIBLE_QUICK_SUCCESSES).verdict()).as("not made visible").isEqualTo(Verdict.AT_RISK);
        assertThat(judge(working100, Condition.VISIBLE_QUICK_SUCCESSES).verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(judge(Facts.startedDaysAgo(90).phases(Phase.WORKING_TOGETHER, 10, 20, 30, 40, 60),
                Condition.VISIBLE_QUICK_SUCCESSES).verdict()).isEqualTo(Verdict.NOT_YET_MEASURABLE);
    }

    @Test
    void leadershipComparesTheLongestStretchWithoutAnUpdateWithTheProgressCycle() {
        Facts working = Facts.startedDaysAgo(160).phases(Phase.WORKING_TOGETHER, 10, 20, 30, 40, 60);
        ConditionResult met = judge(working.with(new TrajectoryFacts.Updates(4, decimal("30.0"))),
                Condition.SUPPORTIVE_AND_TRANSPARENT_LEADERSHIP);
        assertThat(met.verdict()).isEqualTo(Verdict.MET);
        assertThat(met.measure("leadership.longestGap").orElseThrow().target()).isEqualByComparingTo("28");
        assertThat(value(met, "leadership.updatesDue")).isEqualByComparingTo("3");

        assertThat(judge(working.with(new TrajectoryFacts.Updates(2, decimal("50.0"))),
                Condition.SUPPORTIVE_AND_TRANSPARENT_LEADERSHIP).verdict()).isEqualTo(Verdict.AT_RISK);
        assertThat(judge(working.with(new TrajectoryFacts.Updates(0, decimal("100.0"))),
                Condition.SUPPORTIVE_AND_TRANSPARENT_LEADERSHIP).verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(judge(Facts.startedDaysAgo(80).phases(Phase.WORKING_TOGETHER, 10, 20, 30, 40, 60)
                .with(new TrajectoryFacts.Updates(0, decimal("20.0"))), Condition.SUPPORTIVE_AND_TRANSPARENT_LEADERSHIP)
                .verdict()).as("the first update is not due yet").isEqualTo(Verdict.NOT_YET_MEASURABLE);
    }

    @Test
    void investmentCountsApprovedSupportAndEurosPerResident() {
        Facts base = Facts.startedDaysAgo(100).phases(Phase.WORKING_TOGETHER, 10, 20, 30, 40, 60)
                .involvement(5, 2, 4, 0, 4);
        ConditionResult met = judge(base.with(new TrajectoryFacts.Support(4, 2, 1, 1, 1, decimal("50.00"), decimal("20.00"))),
                Condition.INVEST_IN_RESIDENTS);
        assertThat(met.verdict()).isEqualTo(Verdict.MET);
        assertThat(value(met, "support.eurosPerResident")).isEqualByComparingTo("12.50");
        assertThat(value(met, "support.eurosPaid")).isEqualByComparingTo("20");
        assertThat(judge(base, Condition.INVEST_IN_RESIDENTS).verdict()).isEqualTo(Verdict.NOT_YET_MEASURABLE);
        assertThat(judge(base.with(new TrajectoryFacts.Support(2, 0, 2, 0, 0, decimal("0.00"), decimal("0.00"))),
                Condition.INVEST_IN_RESIDENTS).verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void motivationWhenEveryResidentSteppedBackStillReportsTheConversationsAndTheStepBacks() {
        ConditionResult allSteppedBack = judge(Facts.startedDaysAgo(100).phases(Phase.WORKING_TOGETHER, 10, 20, 30, 40, 60)
                .involvement(4, 2, 4, 4, 4), Condition.MOTIVATIONS_OF_RESIDENTS);

        assertThat(allSteppedBack.verdict()).isEqualTo(Verdict.MET);
        assertThat(value(allSteppedBack, "motivation.steppedBack")).isEqualByComparingTo("4");
        assertThat(judge(Facts.startedDaysAgo(100).phases(Phase.WORKING_TOGETHER, 10, 20, 30, 40, 60)
                .involvement(6, 2, 6, 0, 2), Condition.MOTIVATIONS_OF_RESIDENTS).verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void aPortfolioShowsResidentCountsOfOneToFourAsLessThanFive() {
        TrajectoryFacts facts = Facts.startedDaysAgo(100).phases(Phase.WORKING_TOGETHER, 10, 20, 30, 40, 60)
                .involvement(4, 2, 4, 3, 4).build();

        Measure steppedBack = ScorecardRules.evaluate(facts, false).condition(Condition.MOTIVATIONS_OF_RESIDENTS)
                .measure("motivation.steppedBack").orElseThrow();

        assertThat(steppedBack.suppressed()).isTrue();
        assertThat(steppedBack.value()).isNull();
        assertThat(steppedBack.display()).isEqualTo("< 5");
    }

    @Test
    void aConditionsCheckAnsweredOnlyByResidentsHasNoGapYet() {
        ConditionResult onlyResidents = judge(Facts.startedDaysAgo(100)
                .with(new TrajectoryFacts.Checks(1, 0, null, null)), Condition.FITTING_PARTICIPATION_ENVIRONMENT);

        assertThat(onlyResidents.verdict()).isEqualTo(Verdict.NOT_YET_MEASURABLE);
        assertThat(value(onlyResidents, "conditions.checksAnswered")).isEqualByComparingTo("1");
        assertThat(value(onlyResidents, "conditions.latestGap")).isNull();
    }

    @Test
    void theConditionsGapAndItsTrendDecideFittingEnvironment() {
        ConditionResult narrowing = judge(Facts.startedDaysAgo(200)
                .with(new TrajectoryFacts.Checks(3, 2, decimal("1.20"), decimal("0.40"))), Condition.FITTING_PARTICIPATION_ENVIRONMENT);
        assertThat(narrowing.verdict()).isEqualTo(Verdict.MET);
        assertThat(value(narrowing, "conditions.gapTrend")).isEqualByComparingTo("-0.80");

        assertThat(judge(Facts.startedDaysAgo(200).with(new TrajectoryFacts.Checks(1, 1, decimal("0.80"), decimal("0.80"))),
                Condition.FITTING_PARTICIPATION_ENVIRONMENT).verdict()).isEqualTo(Verdict.AT_RISK);
        assertThat(judge(Facts.startedDaysAgo(200).with(new TrajectoryFacts.Checks(1, 1, decimal("1.50"), decimal("1.50"))),
                Condition.FITTING_PARTICIPATION_ENVIRONMENT).verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void aSafeSettingIsANeutralFacilitatorAwayFromAnInstitution() {
        ConditionResult safe = judge(Facts.startedDaysAgo(100).with(new TrajectoryFacts.Meetings(4, 3, 4, 3, 2, 2)),
                Condition.SAFE_AND_TRUSTED_ENVIRONMENT);
        assertThat(safe.verdict()).isEqualTo(Verdict.MET);
        assertThat(value(safe, "meetings.safeShare")).isEqualByComparingTo("75");
        assertThat(judge(Facts.startedDaysAgo(100), Condition.SAFE_AND_TRUSTED_ENVIRONMENT).verdict())
                .isEqualTo(Verdict.NOT_YET_MEASURABLE);
        assertThat(judge(Facts.startedDaysAgo(100).with(new TrajectoryFacts.Meetings(4, 1, 2, 1, 0, 0)),
                Condition.SAFE_AND_TRUSTED_ENVIRONMENT).verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void aShareReachesAThresholdExactlyWhenTheShareAsShownDoes() {
        // The verdicts compare in integers; the scorecard shows percent() rounded to one decimal. They must agree,
        // also at the edges (e.g. 89.95 % shows as 90.0 % and meets 90).
        for (int threshold : new int[] {ScorecardRules.ROLE_AGREEMENTS_MET, ScorecardRules.ROLE_AGREEMENTS_AT_RISK,
                ScorecardRules.SAFE_MEETINGS_MET, ScorecardRules.INPUT_ON_TIME_MET, ScorecardRules.INPUT_ON_TIME_AT_RISK,
                ScorecardRules.MOTIVATION_MET, ScorecardRules.SUPPORT_APPROVED_MET, 1, 99, 100}) {
            for (int whole = 1; whole <= 2_000; whole++) {
                for (int part = 0; part <= whole; part++) {
                    boolean shown = ScorecardRules.percent(part, whole).compareTo(BigDecimal.valueOf(threshold)) >= 0;
                    if (ScorecardRules.atLeastPercent(part, whole, threshold) != shown) {
                        throw new AssertionError(part + "/" + whole + " against " + threshold + "%: shown " + shown);
                    }
                }
            }
        }
    }

    @Test
    void thePortfoliosVerdictsAloneAreTheScorecardsVerdicts() {
        java.util.List<TrajectoryFacts> cases = java.util.List.of(
                Facts.startedDaysAgo(3).build(),
                Facts.startedDaysAgo(20).involvement(6, 1, 6, 0, 0).closedEarly().build(),
                Facts.startedDaysAgo(100).phases(Phase.DECISION_SEATS, 10, 20, 50, 70)
                        .with(new TrajectoryFacts.Vision(2, 2, Facts.day(45), 10, 7)).build(),
                Facts.startedDaysAgo(200).phases(Phase.WORKING_TOGETHER, 10, 20, 50, 70, 90)
                        .involvement(9, 3, 10, 2, 8)
                        .with(new TrajectoryFacts.Input(10, 9, 8, 1, 1, 1, decimal("3.0"), decimal("9.0")))
                        .with(new TrajectoryFacts.Seats(true, 3, 6, 2, 1, 2, decimal("40.0")))
                        .with(new TrajectoryFacts.Support(4, 2, 2, 1, 1, decimal("100.00"), decimal("50.00")))
                        .with(new TrajectoryFacts.Successes(2, 1, LocalDate.of(2026, 5, 1), 1, 2))
                        .with(new TrajectoryFacts.Updates(3, decimal("40.0")))
                        .with(new TrajectoryFacts.Meetings(4, 3, 4, 3, 2, 2))
                        .with(new TrajectoryFacts.Checks(2, 2, decimal("1.20"), decimal("0.70"))).build());
        for (TrajectoryFacts facts : cases) {
            assertThat(ScorecardRules.verdicts(facts)).isEqualTo(ScorecardRules.evaluate(facts, false).verdicts());
        }
    }
}
