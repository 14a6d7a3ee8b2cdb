package nl.participationsuite.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.participationsuite.domain.conditions.AnswerConditions;
import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.conditions.ConditionAnswer;
import nl.participationsuite.domain.conditions.ConditionGap;
import nl.participationsuite.domain.conditions.ConditionsCheck;
import nl.participationsuite.domain.conditions.ConditionsCheckId;
import nl.participationsuite.domain.conditions.ConditionsService;
import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.success.RegisterSuccess;
import nl.participationsuite.domain.success.Success;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.domain.support.RequestTravelCost;
import nl.participationsuite.domain.support.SupportRequest;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.support.SupportStatus;
import nl.participationsuite.domain.trajectory.Organisation;
import nl.participationsuite.domain.trajectory.OrganisationKind;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.trajectory.TrajectorySummary;
import nl.participationsuite.testsupport.FeatureIntegrationTest;
import nl.participationsuite.testsupport.MovableClock;
import nl.participationsuite.testsupport.TrajectoryFixture;
import nl.participationsuite.testsupport.TrajectoryFixture.Setup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * The lists the workspace and the API page through, on the real PostgreSQL: scope, filter and order
 * in the query, pages that neither overlap nor leave a row out even where the ordering column ties,
 * and a count that matches.
 */
@FeatureIntegrationTest
class ListPagesIntegrationTests {

    @Autowired
    TrajectoryService trajectories;

    @Autowired
    InputService inputs;

    @Autowired
    SuccessService successes;

    @Autowired
    SupportService support;

    @Autowired
    ConditionsService conditions;

    @Autowired
    TrajectoryFixture fixture;

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Autowired
    MovableClock clock;

    @Test
    void pagesTheTrajectoriesInAPersonsScopeWithTheirCoordinatorFilteredOnPhaseWithoutOverlapOnTies() {
        Organisation dalfsen = organisations.save(new Organisation("Gemeente Dalfsen", OrganisationKind.MUNICIPALITY));
        Organisation ggd = organisations.save(new Organisation("GGD IJsselland", OrganisationKind.PUBLIC_HEALTH_SERVICE));
        Person colleague = people.save(Person.professional("Sanne Visser", null, null, dalfsen.id()));
        Person coordinator = people.save(Person.professional("Jeroen Bakker", null, null, dalfsen.id()));
        Person elsewhere = people.save(Person.professional("Kees Meijer", null, null, ggd.id()));
        Person resident = people.save(Person.resident("Fenna de Boer", null, null, null));
        // Seven trajectories started at the same instant: only the id orders them among each other.
        List<TrajectoryId> own = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            own.add(start(dalfsen, coordinator, "Traject " + i).id());
        }
        trajectories.enterPhase(own.get(2), Phase.MOTIVATION);
        trajectories.enterPhase(own.get(5), Phase.MOTIVATION);
        TrajectoryId ggds = start(ggd, elsewhere, "Traject van de GGD").id();
        trajectories.addParticipant(ggds, colleague.id());
        trajectories.addParticipant(own.get(3), resident.id());
        start(ggd, elsewhere, "Niet van Sanne");

        List<TrajectoryId> seen = new ArrayList<>();
        Page<TrajectorySummary> page;
        int number = 0;
        do {
            page = trajectories.summariesVisibleTo(colleague.id(), null, PageRequest.of(number++, 3));
            page.getContent().forEach(row -> seen.add(row.id()));
        }
        while (page.hasNext());

        List<TrajectoryId> everyOneOfDalfsen = new ArrayList<>(own);
        everyOneOfDalfsen.add(ggds);
        assertThat(seen).doesNotHaveDuplicates().containsAll(everyOneOfDalfsen);
        assertThat((long) seen.size()).isEqualTo(page.getTotalElements());
        assertThat(trajectories.summariesVisibleTo(colleague.id(), null, PageRequest.of(0, 100)).getContent())
                .filteredOn(row -> row.id().equals(own.get(0))).singleElement()
                .satisfies(row -> {
                    assertThat(row.coordinatorName()).isEqualTo("Jeroen Bakker");
                    assertThat(row.coordinatorId()).isEqualTo(coordinator.id());
                    assertThat(row.phase()).isEqualTo(Phase.EARLY_INVOLVEMENT);
                    assertThat(row.title()).isEqualTo("Traject 0");
                });

        Page<TrajectorySummary> motivation = trajectories.summariesVisibleTo(colleague.id(), Phase.MOTIVATION,
                PageRequest.of(0, 10));
        assertThat(motivation.getContent()).extracting(TrajectorySummary::id)
                .containsExactlyInAnyOrder(own.get(2), own.get(5));
        assertThat(motivation.getTotalElements()).isEqualTo(2);
        assertThat(trajectories.summariesVisibleTo(resident.id(), null, PageRequest.of(0, 10)).getContent())
                .extracting(TrajectorySummary::id).containsExactly(own.get(3));
        assertThat(trajectories.summariesVisibleTo(resident.id(), Phase.MOTIVATION, PageRequest.of(0, 10)).getContent())
                .isEmpty();
    }

    @Test
    void pagesATrajectorysInputNewestFirstAndFiltersOnStatus() {
        Setup setup = fixture.trajectoryWith(2, 1);
        List<ResidentInput> received = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            received.add(inputs.receive(new ReceiveInput(setup.id(), setup.resident(i % 2), setup.coordinator(),
                    InputChannel.PHONE, "Onderwerp " + i, "Tekst " + i, null)));
            clock.advance(Duration.ofMinutes(1));
        }
        inputs.startConsidering(received.get(1).id(), setup.coordinator());
        inputs.startConsidering(received.get(3).id(), setup.coordinator());

        Page<ResidentInput> first = inputs.page(setup.id(), null, PageRequest.of(0, 2));
        Page<ResidentInput> last = inputs.page(setup.id(), null, PageRequest.of(2, 2));
        Page<ResidentInput> considered = inputs.page(setup.id(), InputStatus.UNDER_CONSIDERATION, PageRequest.of(0, 10));

        assertThat(first.getContent()).extracting(ResidentInput::topic).containsExactly("Onderwerp 4", "Onderwerp 3");
        assertThat(first.getTotalElements()).isEqualTo(5);
        assertThat(first.getContent().get(1).history()).extracting(change -> change.status())
                .containsExactly(InputStatus.RECEIVED, InputStatus.UNDER_CONSIDERATION);
        assertThat(last.getContent()).extracting(ResidentInput::topic).containsExactly("Onderwerp 0");
        assertThat(considered.getContent()).extracting(ResidentInput::topic).containsExactly("Onderwerp 3", "Onderwerp 1");
        assertThat(considered.getTotalElements()).isEqualTo(2);
    }

    @Test
    void pagesSuccessesLatestFirstFilteredOnKindAndSupportRequestsFilteredOnStatus() {
        Setup setup = fixture.trajectoryWith(2, 1);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 4; i++) {
            successes.register(new RegisterSuccess(setup.id(), i == 2 ? SuccessKind.MILESTONE : SuccessKind.QUICK_WIN,
                    "Succes " + i, null, today.minusDays(10 - i), Set.of(), Set.of()));
        }
        List<SupportRequest> requests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            requests.add(support.requestTravelCost(setup.id(), new RequestTravelCost(setup.resident(i % 2),
                    today.minusDays(1), "Lemelerveld", "Dalfsen", 100L * (i + 1))));
            clock.advance(Duration.ofMinutes(1));
        }
        support.approve(requests.get(0).id(), setup.coordinator());

        assertThat(successes.page(setup.id(), null, PageRequest.of(0, 3)).getContent()).extracting(Success::title)
                .containsExactly("Succes 3", "Succes 2", "Succes 1");
        Page<Success> quickWins = successes.page(setup.id(), SuccessKind.QUICK_WIN, PageRequest.of(1, 2));
        assertThat(quickWins.getContent()).extracting(Success::title).containsExactly("Succes 0");
        assertThat(quickWins.getTotalElements()).isEqualTo(3);
        assertThat(support.page(setup.id(), null, PageRequest.of(0, 10)).getContent()).extracting(SupportRequest::id)
                .containsExactly(requests.get(2).id(), requests.get(1).id(), requests.get(0).id());
        assertThat(support.page(setup.id(), SupportStatus.REQUESTED, PageRequest.of(0, 10)).getContent())
                .extracting(SupportRequest::id).containsExactly(requests.get(2).id(), requests.get(1).id());
        assertThat(support.page(setup.id(), SupportStatus.APPROVED, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void findsAResidentsOwnInputAndRequestsAcrossTrajectoriesInOneQuery() {
        Setup first = fixture.trajectoryWith(1, 1);
        Setup second = fixture.trajectoryWith(1, 1);
        Person resident = people.findById(first.person(first.resident(0))).orElseThrow();
        trajectories.addParticipant(second.id(), resident.id());
        Trajectory joined = trajectories.get(second.id());
        ResidentInput older = inputs.receive(new ReceiveInput(first.id(), first.resident(0), null, InputChannel.PORTAL,
                "Eerst", "Tekst", null));
        clock.advance(Duration.ofMinutes(1));
        ResidentInput newer = inputs.receive(new ReceiveInput(second.id(), joined.participantOf(resident.id()).orElseThrow().id(),
                null, InputChannel.PORTAL, "Later", "Tekst", null));
        inputs.receive(new ReceiveInput(second.id(), second.resident(0), null, InputChannel.PORTAL, "Van een ander",
                "Tekst", null));
        SupportRequest request = support.requestTravelCost(first.id(), new RequestTravelCost(first.resident(0),
                LocalDate.now(clock).minusDays(1), "Lemele", "Ommen", 500L));
        support.requestTravelCost(second.id(), new RequestTravelCost(second.resident(0),
                LocalDate.now(clock).minusDays(1), "Lemele", "Ommen", 700L));

        assertThat(inputs.ofResident(resident.id())).extracting(ResidentInput::id).containsExactly(newer.id(), older.id());
        assertThat(support.ofResident(resident.id())).extracting(SupportRequest::id).containsExactly(request.id());
    }

    @Test
    void readsTheGapsOfEveryConditionsRoundAtOnceAsRoundByRound() {
        Setup setup = fixture.trajectoryWith(2, 2);
        ConditionsCheck first = conditions.openRound(setup.id());
        conditions.answer(first.id(), new AnswerConditions(setup.resident(0), scores(2)));
        conditions.answer(first.id(), new AnswerConditions(setup.resident(1), scores(3)));
        conditions.answer(first.id(), new AnswerConditions(setup.professional(0), scores(5)));
        ConditionsCheck second = conditions.openRound(setup.id());
        conditions.answer(second.id(), new AnswerConditions(setup.professional(1), scores(4)));
        ConditionsCheck unanswered = conditions.openRound(setup.id());

        Map<ConditionsCheckId, List<ConditionGap>> gaps = conditions.gapsByRound(setup.id());

        assertThat(gaps).containsOnlyKeys(first.id(), second.id(), unanswered.id());
        for (ConditionsCheck round : List.of(first, second, unanswered)) {
            assertThat(gaps.get(round.id())).isEqualTo(conditions.gaps(round.id()));
        }
        assertThat(gaps.get(first.id()).get(0).residentAnswers()).isEqualTo(2);
        assertThat(gaps.get(unanswered.id())).hasSize(Condition.values().length)
                .allSatisfy(gap -> assertThat(gap.residentAverage()).isNull());
    }

    private Trajectory start(Organisation organisation, Person coordinator, String title) {
        return trajectories.start(new StartTrajectory(title, "Gezondheid", "Dalfsen", TrajectoryKind.ORGANISATION_PROJECT,
                ParticipationLevel.CONSULTATION, organisation.id(), coordinator.id(), coordinator.id(), null, null));
    }

    private static Map<Condition, ConditionAnswer> scores(int score) {
        Map<Condition, ConditionAnswer> answers = new EnumMap<>(Condition.class);
        for (Condition condition : Condition.values()) {
            answers.put(condition, new ConditionAnswer(score, null));
        }
        return answers;
    }
}
