package nl.participationsuite.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import nl.participationsuite.domain.conditions.AnswerConditions;
import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.conditions.ConditionAnswer;
import nl.participationsuite.domain.conditions.ConditionsCheck;
import nl.participationsuite.domain.conditions.ConditionsService;
import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.AnswerDelivery;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.PlanMeeting;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.roles.AgreementStatus;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.roles.RoleAgreementService;
import nl.participationsuite.domain.roles.RoleTerms;
import nl.participationsuite.domain.support.RequestTravelCost;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.reporting.leadtimes.LeadTimes;
import nl.participationsuite.reporting.leadtimes.PhaseStatistics;
import nl.participationsuite.reporting.portfolio.Count;
import nl.participationsuite.reporting.portfolio.Portfolio;
import nl.participationsuite.reporting.scorecard.ConditionResult;
import nl.participationsuite.reporting.scorecard.Verdict;
import nl.participationsuite.reporting.trajectory.TrajectoryReport;
import nl.participationsuite.testsupport.MovableClock;
import nl.participationsuite.testsupport.PostgresTestDatabaseInitializer;
import nl.participationsuite.testsupport.TrajectoryFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ContextConfiguration;

/** The reports' SQL on PostgreSQL, over what the domain's services wrote; scope decides what a manager sees. */
@SpringBootTest(classes = ReportingTestApplication.class)
@ContextConfiguration(initializers = PostgresTestDatabaseInitializer.class)
@Import(ReportsIntegrationTests.Configuration.class)
class ReportsIntegrationTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(ZoneId.of("Europe/Amsterdam"));
        }

        @Bean
        TrajectoryFixture trajectoryFixture(TrajectoryService trajectoryService,
                nl.participationsuite.domain.trajectory.Organisations organisations, People people) {
            return new TrajectoryFixture(trajectoryService, organisations, people);
        }
    }

    @Autowired
    Reports reports;

    @Autowired
    TrajectoryFixture fixture;

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    InvolvementService involvement;

    @Autowired
    InputService inputs;

    @Autowired
    ConditionsService conditions;

    @Autowired
    SupportService support;

    @Autowired
    People people;

    @Autowired
    RoleAgreementService roleAgreements;

    @Autowired
    MovableClock clock;

    @Autowired
    MeetingService meetings;

    TrajectoryFixture.Setup played;

    TrajectoryFixture.Setup elsewhere;

    ManagerScope scope;

    @BeforeEach
    void playATrajectory() {
        played = fixture.trajectoryWith(3, 2);
        elsewhere = fixture.trajectoryWith(6, 1);
        Person manager = Person.professional("Pieter van Dijk", null, null, played.trajectory().organisationId());
        manager.manage(Set.of(played.trajectory().organisationId()));
        scope = reports.scopeOf(people.save(manager).id());

        involvement.recordRecruitment(played.id(), played.resident(0), RecruitmentChannel.DOOR_TO_DOOR, null);
        involvement.recordRecruitment(played.id(), played.resident(1), RecruitmentChannel.ONLINE, null);
        involvement.recordRecruitment(played.id(), played.resident(2), RecruitmentChannel.ONLINE, null);
        clock.advance(Duration.ofDays(10));
        trajectories.enterPhase(played.id(), Phase.MOTIVATION);
        clock.advance(Duration.ofDays(5));
        trajectories.enterPhase(played.id(), Phase.SHARED_VISION);

        InputId onTime = receive(0);
        InputId late = receive(1);
        InputId overdue = receive(0);
        inputs.startConsidering(onTime, played.coordinator());
        inputs.startConsidering(late, played.coordinator());
        clock.advance(Duration.ofDays(3));
        inputs.respond(onTime, InputStatus.ADOPTED, "Opgepakt", played.coordinator());
        clock.advance(Duration.ofDays(17));
        inputs.respond(late, InputStatus.NOT_ADOPTED, "Niet haalbaar", AnswerDelivery.LETTER, played.coordinator());
        receive(1);
        trajectories.stepBack(played.id(), played.resident(2));

        ConditionsCheck check = conditions.openRound(played.id());
        Map<Condition, ConditionAnswer> answers = new EnumMap<>(Condition.class);
        for (Condition condition : Condition.values()) {
            answers.put(condition, new ConditionAnswer(4, null));
        }
        conditions.answer(check.id(), new AnswerConditions(played.resident(0), answers));
        support.approve(support.requestTravelCost(played.id(), new RequestTravelCost(played.resident(1),
                LocalDate.now(clock), "Lemelerveld", "Dalfsen", 1250L)).id(), played.coordinator());
    }

    private InputId receive(int resident) {
        return inputs.receive(new ReceiveInput(played.id(), played.resident(resident), null, InputChannel.PORTAL,
                "Bankjes", "Meer bankjes in het park", null)).id();
    }

    @Test
    void aManagerReportsOnTheOrganisationsTheyWereGiven() {
        assertThat(scope.organisationIds()).containsExactly(played.trajectory().organisationId());
        assertThat(reports.scopeOf(played.coordinator()).isEmpty()).isTrue();
    }

    @Test
    void theTrajectoryReportHasTheFiguresOfWhatHappened() {
        TrajectoryReport report = reports.trajectoryReport(scope, played.id()).orElseThrow();

        ConditionResult input = report.scorecard().condition(Condition.SKEWED_POWER_RELATIONS_ADDRESSED);
        assertThat(input.measure("input.received").orElseThrow().value()).isEqualByComparingTo("4");
        assertThat(input.measure("input.answered").orElseThrow().value()).isEqualByComparingTo("2");
        assertThat(input.measure("input.unansweredOverdue").orElseThrow().value()).isEqualByComparingTo("1");
        assertThat(input.measure("input.answeredOnTimeShare").orElseThrow().value()).isEqualByComparingTo("33.3");
        assertThat(input.measure("input.medianDaysToAnswer").orElseThrow().value()).isEqualByComparingTo("11.5");
        assertThat(input.measure("input.p90DaysToAnswer").orElseThrow().value()).isEqualByComparingTo("18.3");
        assertThat(input.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(report.unansweredInputs()).hasSize(2);
        assertThat(report.unansweredInputs().get(0).overdue()).isTrue();
        assertThat(report.unansweredInputs().get(0).daysOpen()).isEqualByComparingTo("20");
        assertThat(report.unansweredInputs().get(1).overdue()).isFalse();

        ConditionResult early = report.scorecard().condition(Condition.INVOLVE_RESIDENTS_EARLY);
        assertThat(early.measure("early.residentsBeforeVision").orElseThrow().value()).isEqualByComparingTo("3");
        assertThat(early.measure("early.channelsBeforeVision").orElseThrow().value()).isEqualByComparingTo("2");
        assertThat(early.measure("early.daysToVision").orElseThrow().value()).isEqualByComparingTo("15");
        assertThat(early.verdict()).as("3 of the 5 residents the trajectory asks for").isEqualTo(Verdict.AT_RISK);

        assertThat(report.leadTimes().daysPerPhase()).containsEntry(Phase.EARLY_INVOLVEMENT, new java.math.BigDecimal("10.0"))
                .containsEntry(Phase.MOTIVATION, new java.math.BigDecimal("5.0"))
                .containsEntry(Phase.SHARED_VISION, new java.math.BigDecimal("20.0"));
        assertThat(report.stepBacks()).containsExactly(new TrajectoryReport.StepBacks(Phase.SHARED_VISION, ResidentCount.exact(1)));
        assertThat(report.conditionGaps()).hasSize(Condition.values().length).allSatisfy(gap -> {
            // one resident answered: too few to show their average (SmallGroupPrivacy)
            assertThat(gap.residentMean()).isNull();
            assertThat(gap.residentAnswers()).isEqualTo(1);
            assertThat(gap.professionalMean()).isNull();
            assertThat(gap.gap()).isNull();
        });
        assertThat(report.scorecard().verdict(Condition.FITTING_PARTICIPATION_ENVIRONMENT))
                .isEqualTo(Verdict.NOT_YET_MEASURABLE);
        assertThat(report.support()).singleElement().satisfies(row -> assertThat(row.euros()).isEqualByComparingTo("12.50"));
        assertThat(report.scorecard().condition(Condition.INVEST_IN_RESIDENTS).measure("support.eurosPerResident")
                .orElseThrow().value()).isEqualByComparingTo("4.17");
    }

    @Test
    void aCancelledMeetingIsNoMeetingHeld() {
        java.time.Instant start = clock.instant().plus(Duration.ofDays(1));
        meetings.plan(played.id(), new PlanMeeting(start, start.plus(Duration.ofHours(2)), "Buurthuis De Schakel",
                VenueType.NEIGHBOURHOOD_CENTRE, true, "Els Kok", true, null));
        Meeting cancelled = meetings.plan(played.id(), new PlanMeeting(start.plus(Duration.ofDays(7)),
                start.plus(Duration.ofDays(7)).plus(Duration.ofHours(2)), "Bibliotheek", VenueType.LIBRARY, true,
                "Els Kok", true, null));
        meetings.cancel(cancelled.id(), "De zaal is niet beschikbaar");

        TrajectoryReport report = reports.trajectoryReport(scope, played.id()).orElseThrow();
        assertThat(report.scorecard().condition(Condition.SAFE_AND_TRUSTED_ENVIRONMENT).measure("meetings.held")
                .orElseThrow().value()).isEqualByComparingTo("1");
        assertThat(report.meetings()).extracting(TrajectoryReport.VenueRow::venueType)
                .containsExactly(VenueType.NEIGHBOURHOOD_CENTRE);
    }

    @Test
    void anAgreementWithdrawnWhenItsResidentSteppedBackCountsAsNoAcceptedRole() {
        RoleTerms terms = new RoleTerms(Role.DECISION_MAKER, "Meebeslissen in de stuurgroep", 2, null);
        roleAgreements.accept(roleAgreements.propose(played.id(), played.resident(0), terms).id(), played.resident(0));
        roleAgreements.propose(played.id(), played.resident(1), terms);
        trajectories.stepBack(played.id(), played.resident(1));
        roleAgreements.withdrawUnsettled(played.id(), played.resident(1));

        TrajectoryReport report = reports.trajectoryReport(scope, played.id()).orElseThrow();

        // Active: the coordinator, one professional and resident 0 (residents 1 and 2 stepped back); one accepted.
        assertThat(report.scorecard().condition(Condition.SHARED_VISION_AND_CLEAR_ROLES).measure("roles.acceptedShare")
                .orElseThrow().value()).isEqualByComparingTo("33.3");
        assertThat(roleAgreements.current(played.id(), played.resident(1)).orElseThrow().status())
                .isEqualTo(AgreementStatus.WITHDRAWN);
    }

    @Test
    void aTrajectoryOfAnotherOrganisationIsNotFound() {
        assertThat(reports.trajectoryReport(scope, elsewhere.id())).isEmpty();
        assertThat(reports.trajectoryReport(reports.scopeOf(played.coordinator()), played.id())).isEmpty();
    }

    @Test
    void thePortfolioCountsOnlyTheScopeAndHidesSmallResidentCounts() {
        Portfolio portfolio = reports.portfolio(scope, PortfolioFilter.all(), PageRequest.of(0, 20));

        assertThat(portfolio.trajectories()).isEqualTo(1);
        assertThat(portfolio.open()).isEqualTo(1);
        assertThat(portfolio.byPhase()).contains(new Count("SHARED_VISION", "SHARED_VISION", 1));
        assertThat(portfolio.byOrganisation()).extracting(Count::trajectories).containsExactly(1);
        assertThat(portfolio.byYear()).extracting(Count::trajectories).containsExactly(1);
        assertThat(portfolio.residentsInvolved().display()).isEqualTo("< 5");
        assertThat(portfolio.residentsSteppedBack().display()).isEqualTo("< 5");
        assertThat(portfolio.page().getContent()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(played.id());
            assertThat(row.verdicts()).containsEntry(Condition.SKEWED_POWER_RELATIONS_ADDRESSED, Verdict.NOT_MET);
            assertThat(row.daysPerPhase()).containsEntry(Phase.MOTIVATION, new java.math.BigDecimal("5.0"));
        });
        assertThat(portfolio.scorecard().condition(Condition.SKEWED_POWER_RELATIONS_ADDRESSED).count(Verdict.NOT_MET))
                .isEqualTo(1);
        assertThat(reports.portfolio(scope, new PortfolioFilter(Set.of(), null, null, null, null, null,
                PortfolioFilter.Status.CLOSED), PageRequest.of(0, 20)).trajectories()).isZero();
    }

    @Test
    void leadTimesCountTrajectoriesThatLeftAPhase() {
        LeadTimes leadTimes = reports.leadTimes(scope, PortfolioFilter.all());

        assertThat(leadTimes.phases()).first().isEqualTo(new PhaseStatistics(Phase.EARLY_INVOLVEMENT, 1, 0,
                new java.math.BigDecimal("10.0"), new java.math.BigDecimal("10.0")));
        assertThat(leadTimes.phases()).filteredOn(p -> p.phase() == Phase.SHARED_VISION).singleElement()
                .satisfies(p -> {
                    assertThat(p.stillIn()).isEqualTo(1);
                    assertThat(p.medianDays()).isNull();
                });
    }

    @Test
    void theLearningEvaluationLeavesOutTrajectoriesThatHaveNotReachedThePhase() {
        assertThat(reports.learningEvaluation(scope, PortfolioFilter.all()).trajectories()).isZero();
        assertThat(reports.learningEvaluation(scope, PortfolioFilter.all(), Phase.MOTIVATION).trajectories()).isEqualTo(1);
    }
}
