package nl.participationsuite.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.participationsuite.domain.conditions.AnswerConditions;
import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.conditions.ConditionAnswer;
import nl.participationsuite.domain.conditions.ConditionsCheck;
import nl.participationsuite.domain.conditions.ConditionsService;
import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.PlanMeeting;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.roles.RoleAgreementService;
import nl.participationsuite.domain.roles.RoleTerms;
import nl.participationsuite.domain.seats.Background;
import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.seats.OpenRound;
import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.seats.SeatRulesOverride;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.seats.VoteChoice;
import nl.participationsuite.domain.success.RegisterSuccess;
import nl.participationsuite.domain.success.Success;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.success.VisibilityChannel;
import nl.participationsuite.domain.support.RequestTraining;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.trajectory.UpdateChannel;
import nl.participationsuite.reporting.portfolio.Portfolio;
import nl.participationsuite.reporting.scorecard.TrajectoryFacts;
import nl.participationsuite.reporting.scorecard.Verdict;
import nl.participationsuite.testsupport.MovableClock;
import nl.participationsuite.testsupport.PostgresTestDatabaseInitializer;
import nl.participationsuite.testsupport.TrajectoryFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kept facts of each trajectory ({@link ReportFacts}): every kind of write queues the trajectory, the
 * next report brings its row up to date, and what a report reads from the table is what a fresh
 * computation gives at that moment, also when only time has passed.
 */
@SpringBootTest(classes = ReportingTestApplication.class)
@ContextConfiguration(initializers = PostgresTestDatabaseInitializer.class)
@Import({ ReportsIntegrationTests.Configuration.class, CountedStatements.class })
class ReportFactsIntegrationTests {

    @Autowired
    Reports reports;

    @Autowired
    ReportFacts kept;

    @Autowired
    FactsQueries facts;

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
    SteeringGroupService steeringGroups;

    @Autowired
    DecisionRoundService rounds;

    @Autowired
    SuccessService successes;

    @Autowired
    MeetingService meetings;

    @Autowired
    RoleAgreementService roleAgreements;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MovableClock clock;

    TrajectoryFixture.Setup played;

    ManagerScope scope;

    @BeforeEach
    void startATrajectory() {
        played = fixture.trajectoryWith(4, 2);
        scope = managerOf(played.trajectory().organisationId());
    }

    @Test
    void theKeptFactsMatchAFreshComputationAfterEveryKindOfWrite() {
        reports.portfolio(scope, PortfolioFilter.all(), PageRequest.of(0, 20));
        assertKeptMatchesFresh("start");

        involvement.recordRecruitment(played.id(), played.resident(0), RecruitmentChannel.DOOR_TO_DOOR, null);
        involvement.recordRecruitment(played.id(), played.resident(1), RecruitmentChannel.ONLINE, null);
        assertRefreshedAfter("recruitment");

        trajectories.enterPhase(played.id(), Phase.SHARED_VISION);
        assertRefreshedAfter("phase change");

        InputId first = receive(0);
        assertRefreshedAfter("input received");
        receive(1);
        inputs.startConsidering(first, played.coordinator());
        clock.advance(Duration.ofDays(2));
        inputs.respond(first, InputStatus.ADOPTED, "Opgepakt", played.coordinator());
        assertRefreshedAfter("input answered");

        RoleTerms terms = new RoleTerms(Role.DECISION_MAKER, "Meebeslissen in de stuurgroep", 2, null);
        roleAgreements.accept(roleAgreements.propose(played.id(), played.resident(0), terms).id(), played.resident(0));
        assertRefreshedAfter("role agreement");

        steeringGroups.compose(played.id(), List.of(
                new SeatAssignment(played.resident(0), LocalDate.now(clock), LocalDate.now(clock).plusYears(1), Set.of(Background.SENIOR)),
                new SeatAssignment(played.resident(1), LocalDate.now(clock), LocalDate.now(clock).plusYears(1), Set.of(Background.YOUTH)),
                new SeatAssignment(played.professional(1), LocalDate.now(clock), LocalDate.now(clock).plusYears(1), Set.of())),
                new SeatRulesOverride(played.coordinator(), "Nog te weinig inwoners"));
        assertRefreshedAfter("seats");

        trajectories.enterPhase(played.id(), Phase.WORKING_TOGETHER);
        assertRefreshedAfter("working together");

        DecisionRound round = rounds.open(played.id(), new OpenRound("Bankjes", "Meer bankjes in het park",
                clock.instant().plus(Duration.ofDays(7))));
        rounds.vote(round.id(), played.resident(0), VoteChoice.FOR, null);
        assertRefreshedAfter("vote");
        clock.advance(Duration.ofDays(8));
        rounds.close(round.id());
        assertRefreshedAfter("round closed");

        Success success = successes.register(new RegisterSuccess(played.id(), SuccessKind.QUICK_WIN, "Bankjes geplaatst",
                "Drie bankjes in het park", LocalDate.now(clock), Set.of(), Set.of()));
        assertRefreshedAfter("success registered");
        successes.makeVisible(success.id(), VisibilityChannel.NEWSLETTER);
        assertRefreshedAfter("success made visible");

        support.approve(support.requestTraining(played.id(), new RequestTraining(played.resident(1), "Vergaderen",
                "Buurtacademie", 4500L)).id(), played.coordinator());
        assertRefreshedAfter("support");

        ConditionsCheck check = conditions.openRound(played.id());
        Map<Condition, ConditionAnswer> answers = new EnumMap<>(Condition.class);
        for (Condition condition : Condition.values()) {
            answers.put(condition, new ConditionAnswer(3, null));
        }
        conditions.answer(check.id(), new AnswerConditions(played.resident(0), answers));
        assertRefreshedAfter("conditions check");

        meetings.plan(played.id(), new PlanMeeting(clock.instant().plus(Duration.ofDays(3)),
                clock.instant().plus(Duration.ofDays(3)).plus(Duration.ofHours(2)), "Buurthuis De Schakel",
                VenueType.NEIGHBOURHOOD_CENTRE, true, "Anna de Boer", true, "Bankjes"));
        assertRefreshedAfter("meeting");

        trajectories.recordProgressUpdate(played.id(), "De bankjes staan er", UpdateChannel.NEWSLETTER);
        assertRefreshedAfter("progress update");

        trajectories.stepBack(played.id(), played.resident(1));
        steeringGroups.vacateSeatsOf(played.id(), played.resident(1));
        assertRefreshedAfter("step-back");

        trajectories.close(played.id());
        assertRefreshedAfter("closed");
    }

    @Test
    void aWriteAfterTheFactsWereKeptShowsOnTheNextRead() {
        receive(0);
        assertThat(received(reports.portfolio(scope, PortfolioFilter.all(), PageRequest.of(0, 20)))).isEqualByComparingTo("1");

        receive(1);

        assertThat(received(reports.portfolio(scope, PortfolioFilter.all(), PageRequest.of(0, 20)))).isEqualByComparingTo("2");
        assertThat(reports.learningEvaluation(scope, PortfolioFilter.all(), Phase.EARLY_INVOLVEMENT).trajectories()).isEqualTo(1);
    }

    @Test
    void aFactThatChangesWithTimeAloneChangesWithoutAWrite() {
        trajectories.enterPhase(played.id(), Phase.WORKING_TOGETHER);
        trajectories.recordProgressUpdate(played.id(), "We zijn begonnen", UpdateChannel.NEWSLETTER);
        receive(0);
        Portfolio before = reports.portfolio(scope, PortfolioFilter.all(), PageRequest.of(0, 20));
        Instant computedAt = computedAt();
        assertThat(overdue(before)).isEqualByComparingTo("0");
        assertThat(before.scorecard().condition(Condition.SUPPORTIVE_AND_TRANSPARENT_LEADERSHIP).count(Verdict.MET))
                .as("an update the day working together began").isEqualTo(1);

        clock.advance(Duration.ofDays(60));
        Portfolio after = reports.portfolio(scope, PortfolioFilter.all(), PageRequest.of(0, 20));

        assertThat(overdue(after)).as("the input's deadline has passed").isEqualByComparingTo("1");
        assertThat(after.scorecard().condition(Condition.SUPPORTIVE_AND_TRANSPARENT_LEADERSHIP).count(Verdict.NOT_MET))
                .as("60 days without a progress update").isEqualTo(1);
        assertThat(computedAt()).as("read from the kept row, not computed again").isEqualTo(computedAt);
        assertKeptMatchesFresh("60 days later");
    }

    @Test
    void twoReadersRefreshingAtOnceNeitherFailNorCountTwice() throws Exception {
        List<TrajectoryFixture.Setup> more = List.of(fixture.trajectoryWith(2, 1), fixture.trajectoryWith(2, 1));
        Set<OrganisationId> organisations = new HashSet<>(Set.of(played.trajectory().organisationId()));
        more.forEach(setup -> organisations.add(setup.trajectory().organisationId()));
        ManagerScope all = managerOf(organisations.toArray(OrganisationId[]::new));
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 5; round++) {
                receive(0);
                for (TrajectoryFixture.Setup setup : more) {
                    inputs.receive(new ReceiveInput(setup.id(), setup.resident(0), null, InputChannel.PORTAL, "Stoep",
                            "Een lage stoeprand", null));
                }
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Portfolio>> read = new ArrayList<>();
                for (int reader = 0; reader < 2; reader++) {
                    read.add(readers.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return reports.portfolio(all, PortfolioFilter.all(), PageRequest.of(0, 20));
                    }));
                }
                for (Future<Portfolio> portfolio : read) {
                    assertThat(received(portfolio.get(60, TimeUnit.SECONDS))).as("round " + round)
                            .isEqualByComparingTo(BigDecimal.valueOf(3L * round));
                }
            }
        }
        finally {
            readers.shutdownNow();
        }
        assertThat(jdbc.sql("""
                select count(*) from trajectory_report_facts f join trajectory t on t.id = f.trajectory_id
                where t.organisation_id in (:organisations)""")
                .param("organisations", organisations.stream().map(OrganisationId::value).toList()).query(Integer.class).single())
                .isEqualTo(3);
        assertThat(jdbc.sql("""
                select count(*) from trajectory_report_facts_queue q join trajectory t on t.id = q.trajectory_id
                where t.organisation_id in (:organisations)""")
                .param("organisations", organisations.stream().map(OrganisationId::value).toList()).query(Integer.class).single())
                .isZero();
    }

    @Test
    void thePortfolioCostsTheSameStatementsWithTwoAndWithTwelveTrajectories() {
        ManagerScope few = managerOf(played.trajectory().organisationId(), fixture.trajectoryWith(2, 1).trajectory().organisationId());
        List<OrganisationId> twelve = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            TrajectoryFixture.Setup setup = fixture.trajectoryWith(2, 1);
            inputs.receive(new ReceiveInput(setup.id(), setup.resident(0), null, InputChannel.PORTAL, "Stoep",
                    "Een lage stoeprand", null));
            twelve.add(setup.trajectory().organisationId());
        }
        ManagerScope many = managerOf(twelve.toArray(OrganisationId[]::new));

        int firstOfFew = CountedStatements.during(() -> reports.portfolio(few, PortfolioFilter.all(), PageRequest.of(0, 20)));
        int firstOfMany = CountedStatements.during(() -> reports.portfolio(many, PortfolioFilter.all(), PageRequest.of(0, 20)));
        int thenFew = CountedStatements.during(() -> reports.portfolio(few, PortfolioFilter.all(), PageRequest.of(0, 20)));
        int thenMany = CountedStatements.during(() -> reports.portfolio(many, PortfolioFilter.all(), PageRequest.of(0, 20)));
        int learningFew = CountedStatements.during(() -> reports.learningEvaluation(few, PortfolioFilter.all(), Phase.EARLY_INVOLVEMENT));
        int learningMany = CountedStatements.during(() -> reports.learningEvaluation(many, PortfolioFilter.all(), Phase.EARLY_INVOLVEMENT));

        System.out.printf("SQL statements of the portfolio: first %d vs %d, then %d vs %d%n", firstOfFew, firstOfMany, thenFew,
                thenMany);
        assertThat(thenMany).as("kept facts, nothing queued").isEqualTo(thenFew);
        assertThat(learningMany).isEqualTo(learningFew);
        // Computing queued trajectories: the same queries, and one upsert per trajectory in a single batch.
        assertThat(firstOfMany - 12).isEqualTo(firstOfFew - 2);
    }

    @Test
    void aTrajectoryWithoutAKeptRowIsComputedAfreshUntilItIsKeptAgain() {
        reports.portfolio(scope, PortfolioFilter.all(), PageRequest.of(0, 20));
        receive(0);
        jdbc.sql("delete from trajectory_report_facts where trajectory_id = :id").param("id", played.id().value()).update();
        jdbc.sql("delete from trajectory_report_facts_queue where trajectory_id = :id").param("id", played.id().value()).update();

        assertThat(received(reports.portfolio(scope, PortfolioFilter.all(), PageRequest.of(0, 20)))).isEqualByComparingTo("1");
        assertThat(computedAtOrNull()).as("not queued: the report computed it without keeping it").isNull();

        receive(1);
        assertThat(received(reports.portfolio(scope, PortfolioFilter.all(), PageRequest.of(0, 20)))).isEqualByComparingTo("2");
        assertThat(computedAtOrNull()).isNotNull();
        assertKeptMatchesFresh("a missing row");
    }

    @Test
    void theDrainEmptiesTheQueue() {
        receive(0);
        assertThat(queued()).isPositive();

        kept.drain();

        assertThat(queued()).isZero();
        assertThat(computedAtOrNull()).isNotNull();
        assertKeptMatchesFresh("the drain");
    }

    @Test
    void theKeptFactsHoldCountsAndMomentsOnlyNoPersonalData() {
        List<String> types = jdbc.sql("""
                select column_name || ' ' || data_type || coalesce(' ' || (select e.data_type from information_schema.element_types e
                        where e.object_name = c.table_name and e.collection_type_identifier = c.dtd_identifier
                          and e.object_schema = c.table_schema), '')
                from information_schema.columns c
                where c.table_schema = current_schema()
                  and c.table_name in ('trajectory_report_facts', 'trajectory_report_facts_queue')""")
                .query(String.class).list();

        // Erasure rewrites text, and these tables hold none: no names, no texts, no person or participant ids.
        assertThat(types).isNotEmpty().allSatisfy(column -> assertThat(column)
                .matches("(trajectory_id uuid|id bigint|\\w+ (integer|bigint|boolean|numeric|date|timestamp with time zone"
                        + "|ARRAY timestamp with time zone))"));
    }

    private void assertRefreshedAfter(String write) {
        assertThat(queued()).as("a write (%s) queues the trajectory", write).isPositive();
        reports.portfolio(scope, PortfolioFilter.all(), PageRequest.of(0, 20));
        assertKeptMatchesFresh(write);
    }

    private void assertKeptMatchesFresh(String after) {
        assertThat(queued()).as("nothing queued after the report (%s)", after).isZero();
        Selection selection = Selection.of(scope, PortfolioFilter.all(), clock);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Map<UUID, TrajectoryFacts> fromTheTable = new HashMap<>();
        transaction.executeWithoutResult(status -> kept.forEach(selection, f -> fromTheTable.put(f.basics().id().value(), f)));
        Map<UUID, TrajectoryFacts> fresh = transaction.execute(status -> facts.load(selection));
        assertThat(fromTheTable).as("after %s", after).hasSize(1).isEqualTo(fresh);
    }

    private int queued() {
        return jdbc.sql("select count(*) from trajectory_report_facts_queue where trajectory_id = :id")
                .param("id", played.id().value()).query(Integer.class).single();
    }

    private Instant computedAt() {
        Instant at = computedAtOrNull();
        assertThat(at).isNotNull();
        return at;
    }

    private Instant computedAtOrNull() {
        return jdbc.sql("select computed_at from trajectory_report_facts where trajectory_id = :id")
                .param("id", played.id().value()).query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant)
                .orElse(null);
    }

    private ManagerScope managerOf(OrganisationId... organisations) {
        Person manager = Person.professional("Manager " + UUID.randomUUID(), null, null, organisations[0]);
        manager.manage(Set.of(organisations));
        return reports.scopeOf(people.save(manager).id());
    }

    private InputId receive(int resident) {
        return inputs.receive(new ReceiveInput(played.id(), played.resident(resident), null, InputChannel.PORTAL,
                "Bankjes", "Meer bankjes in het park", null)).id();
    }

    private static BigDecimal received(Portfolio portfolio) {
        return measure(portfolio, "input.received");
    }

    private static BigDecimal overdue(Portfolio portfolio) {
        return measure(portfolio, "input.unansweredOverdue");
    }

    private static BigDecimal measure(Portfolio portfolio, String name) {
        return portfolio.scorecard().condition(Condition.SKEWED_POWER_RELATIONS_ADDRESSED).measures().stream()
                .filter(measure -> measure.name().equals(name)).findFirst().orElseThrow().value();
    }
}
