package nl.participationsuite.domain.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Organisation;
import nl.participationsuite.domain.trajectory.OrganisationKind;
import nl.participationsuite.domain.trajectory.Organisations;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonKind;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectories;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.testsupport.PostgresTestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = PostgresTestDatabaseInitializer.class)
class ConditionsIntegrationTests {

    @Autowired
    ConditionsService conditions;

    @Autowired
    TrajectoryService trajectoryService;

    @Autowired
    Trajectories trajectories;

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void showsPerConditionTheAveragesOfResidentsAndProfessionalsAndTheGap() {
        Setup setup = trajectoryWithResidents(3);
        ParticipantId thirdProfessional = addProfessional(setup, "Ali Yilmaz");
        ConditionsCheck round = conditions.openRound(setup.trajectoryId());

        conditions.answer(round.id(), new AnswerConditions(setup.resident(0),
                scores(4, Map.of(Condition.VISIBLE_QUICK_SUCCESSES, 2), Map.of(Condition.VISIBLE_QUICK_SUCCESSES, "Nog niets gezien"))));
        conditions.answer(round.id(), new AnswerConditions(setup.resident(1), scores(3, Map.of(), Map.of())));
        conditions.answer(round.id(), new AnswerConditions(setup.resident(2), scores(2, Map.of(), Map.of())));
        conditions.answer(round.id(), new AnswerConditions(setup.coordinator(), scores(5, Map.of(), Map.of())));
        conditions.answer(round.id(), new AnswerConditions(setup.contactPerson(), scores(4, Map.of(Condition.VISIBLE_QUICK_SUCCESSES, 5), Map.of())));
        conditions.answer(round.id(), new AnswerConditions(thirdProfessional, scores(3, Map.of(), Map.of())));

        Map<Condition, ConditionGap> gaps = conditions.gaps(round.id()).stream()
                .collect(Collectors.toMap(ConditionGap::condition, Function.identity()));
        assertThat(conditions.gaps(round.id())).extracting(ConditionGap::condition).containsExactly(Condition.values());
        assertThat(gaps.get(Condition.SHARED_VISION_AND_CLEAR_ROLES)).isEqualTo(
                new ConditionGap(Condition.SHARED_VISION_AND_CLEAR_ROLES, 3.0, 4.0, -1.0, 3, 3));
        ConditionGap quickSuccesses = gaps.get(Condition.VISIBLE_QUICK_SUCCESSES);
        assertThat(quickSuccesses.residentAverage()).isCloseTo(7.0 / 3, within(1e-9));
        assertThat(quickSuccesses.professionalAverage()).isCloseTo(13.0 / 3, within(1e-9));
        assertThat(quickSuccesses.gap()).isCloseTo(-2.0, within(1e-9));
        assertThat(jdbc.queryForList("select participant_kind from conditions_answer_set where check_id = ? order by participant_kind",
                String.class, round.id().value())).containsExactly("PROFESSIONAL", "PROFESSIONAL", "PROFESSIONAL",
                        "RESIDENT", "RESIDENT", "RESIDENT");
        assertThat(jdbc.queryForObject("select remark from conditions_score s join conditions_answer_set a on a.id = s.answer_set_id"
                + " where a.participant_id = ? and s.condition = 'VISIBLE_QUICK_SUCCESSES'", String.class, setup.resident(0).value()))
                .isEqualTo("Nog niets gezien");
    }

    @Test
    void withholdsTheAverageOfAGroupUntilThreeOfThemAnswered() {
        Setup setup = trajectoryWithResidents(3);
        ConditionsCheck round = conditions.openRound(setup.trajectoryId());
        conditions.answer(round.id(), new AnswerConditions(setup.coordinator(), scores(5, Map.of(), Map.of())));

        conditions.answer(round.id(), new AnswerConditions(setup.resident(0), scores(1, Map.of(), Map.of())));
        assertThat(conditions.gaps(round.id())).allSatisfy(gap -> {
            assertThat(gap.residentAverage()).as("one resident's own scores").isNull();
            assertThat(gap.residentAnswers()).isEqualTo(1);
            assertThat(gap.residentsTooFewToShow()).isTrue();
            assertThat(gap.professionalAverage()).as("one professional's own scores").isNull();
            assertThat(gap.professionalsTooFewToShow()).isTrue();
            assertThat(gap.gap()).isNull();
        });

        conditions.answer(round.id(), new AnswerConditions(setup.resident(1), scores(2, Map.of(), Map.of())));
        assertThat(conditions.gaps(round.id())).allSatisfy(gap -> assertThat(gap.residentAverage()).isNull());

        conditions.answer(round.id(), new AnswerConditions(setup.resident(2), scores(3, Map.of(), Map.of())));
        assertThat(conditions.gaps(round.id())).allSatisfy(gap -> {
            assertThat(gap.residentAverage()).isCloseTo(2.0, within(1e-9));
            assertThat(gap.residentsTooFewToShow()).isFalse();
            assertThat(gap.professionalAverage()).isNull();
        });
    }

    @Test
    void leavesTheGapOpenWhileOneSideHasNotAnswered() {
        Setup setup = trajectoryWithResidents(3);
        ConditionsCheck round = conditions.openRound(setup.trajectoryId());

        assertThat(conditions.gaps(round.id())).allSatisfy(gap -> {
            assertThat(gap.residentAverage()).isNull();
            assertThat(gap.professionalAverage()).isNull();
            assertThat(gap.gap()).isNull();
            assertThat(gap.residentAnswers()).isZero();
        });
        for (int i = 0; i < 3; i++) {
            conditions.answer(round.id(), new AnswerConditions(setup.resident(i), scores(i + 1, Map.of(), Map.of())));
        }

        assertThat(conditions.gaps(round.id())).allSatisfy(gap -> {
            assertThat(gap.residentAverage()).isCloseTo(2.0, within(1e-9));
            assertThat(gap.residentAnswers()).isEqualTo(3);
            assertThat(gap.professionalAverage()).isNull();
            assertThat(gap.professionalAnswers()).isZero();
            assertThat(gap.gap()).isNull();
        });
    }

    @Test
    void refusesAnswersUnlessAllTenConditionsAreScoredOneToFive() {
        Setup setup = trajectoryWithResidents(1);
        ConditionsCheck round = conditions.openRound(setup.trajectoryId());
        Map<Condition, ConditionAnswer> nineOnly = new EnumMap<>(scores(3, Map.of(), Map.of()));
        nineOnly.remove(Condition.INVEST_IN_RESIDENTS);

        assertViolation(() -> conditions.answer(round.id(), new AnswerConditions(setup.resident(0), nineOnly)),
                "answers[INVEST_IN_RESIDENTS].score", "conditions.score-required");
        assertViolation(() -> conditions.answer(round.id(), new AnswerConditions(setup.resident(0),
                scores(3, Map.of(Condition.SAFE_AND_TRUSTED_ENVIRONMENT, 0), Map.of()))),
                "answers[SAFE_AND_TRUSTED_ENVIRONMENT].score", "conditions.score-out-of-range");
        assertViolation(() -> conditions.answer(round.id(), new AnswerConditions(setup.resident(0),
                scores(3, Map.of(Condition.FITTING_PARTICIPATION_ENVIRONMENT, 6), Map.of()))),
                "answers[FITTING_PARTICIPATION_ENVIRONMENT].score", "conditions.score-out-of-range");
        assertViolation(() -> conditions.answer(round.id(), new AnswerConditions(setup.resident(0),
                scores(3, Map.of(), Map.of(Condition.MOTIVATIONS_OF_RESIDENTS, "x".repeat(501))))),
                "answers[MOTIVATIONS_OF_RESIDENTS].remark", "too-long");
        assertViolation(() -> conditions.answer(round.id(), new AnswerConditions(setup.resident(0), null)),
                "answers[SHARED_VISION_AND_CLEAR_ROLES].score", "conditions.score-required");

        assertThat(answerSetsOf(round)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from conditions_score s join conditions_answer_set a"
                + " on a.id = s.answer_set_id where a.check_id = ?", Integer.class, round.id().value())).isZero();
    }

    @Test
    void takesOneAnswerSetPerParticipantPerRound() {
        Setup setup = trajectoryWithResidents(1);
        ConditionsCheck first = conditions.openRound(setup.trajectoryId());
        conditions.answer(first.id(), new AnswerConditions(setup.resident(0), scores(2, Map.of(), Map.of())));

        assertViolation(() -> conditions.answer(first.id(), new AnswerConditions(setup.resident(0), scores(5, Map.of(), Map.of()))),
                "participantId", "conditions.already-answered");
        ConditionsCheck second = conditions.openRound(setup.trajectoryId());
        conditions.answer(second.id(), new AnswerConditions(setup.resident(0), scores(5, Map.of(), Map.of())));

        assertThat(conditions.rounds(setup.trajectoryId())).extracting(ConditionsCheck::periodNumber).containsExactly(1, 2);
        assertThat(answerSetsOf(first)).isEqualTo(1);
        assertThat(conditions.answerSets(first.id())).singleElement()
                .satisfies(answers -> assertThat(answers.scoreOf(Condition.INVEST_IN_RESIDENTS).orElseThrow().score()).isEqualTo(2));
        assertThat(conditions.gaps(second.id()).get(0).residentAnswers()).isEqualTo(1);
    }

    @Test
    void refusesAnswersOfSomeoneOutsideTheTrajectoryOrWhoSteppedBack() {
        Setup setup = trajectoryWithResidents(2);
        Setup other = trajectoryWithResidents(1);
        ConditionsCheck round = conditions.openRound(setup.trajectoryId());
        Trajectory trajectory = trajectoryService.get(setup.trajectoryId());
        trajectory.stepBack(setup.resident(1), clock.instant());
        trajectories.save(trajectory);

        assertViolation(() -> conditions.answer(round.id(), new AnswerConditions(other.resident(0), scores(3, Map.of(), Map.of()))),
                "participantId", "participant.unknown");
        assertViolation(() -> conditions.answer(round.id(), new AnswerConditions(setup.resident(1), scores(3, Map.of(), Map.of()))),
                "participantId", "conditions.participant-stepped-back");

        assertThat(answerSetsOf(round)).isZero();
    }

    @Test
    void keepsTheKindOfParticipantWithTheAnswers() {
        Setup setup = trajectoryWithResidents(1);
        ConditionsCheck round = conditions.openRound(setup.trajectoryId());

        ConditionsAnswerSet resident = conditions.answer(round.id(), new AnswerConditions(setup.resident(0), scores(3, Map.of(), Map.of())));
        ConditionsAnswerSet professional = conditions.answer(round.id(), new AnswerConditions(setup.coordinator(), scores(3, Map.of(), Map.of())));

        assertThat(resident.participantKind()).isEqualTo(PersonKind.RESIDENT);
        assertThat(professional.participantKind()).isEqualTo(PersonKind.PROFESSIONAL);
        assertThat(resident.scores()).hasSize(10);
        assertThat(resident.createdBy()).isEqualTo("system");
    }

    @Test
    void answersAnUnknownRoundWithNotFound() {
        assertThatThrownBy(() -> conditions.gaps(ConditionsCheckId.random())).isInstanceOf(NotFoundException.class);
    }

    /** All ten conditions scored {@code score}, except the given ones. */
    private static Map<Condition, ConditionAnswer> scores(int score, Map<Condition, Integer> except, Map<Condition, String> remarks) {
        Map<Condition, ConditionAnswer> answers = new EnumMap<>(Condition.class);
        Arrays.stream(Condition.values()).forEach(condition -> answers.put(condition,
                new ConditionAnswer(except.getOrDefault(condition, score), remarks.get(condition))));
        return answers;
    }

    private int answerSetsOf(ConditionsCheck round) {
        return jdbc.queryForObject("select count(*) from conditions_answer_set where check_id = ?", Integer.class, round.id().value());
    }

    private static void assertViolation(Runnable action, String field, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolationException.class, ex -> {
            assertThat(ex.field()).isEqualTo(field);
            assertThat(ex.code()).isEqualTo(code);
        });
    }

    private Setup trajectoryWithResidents(int residents) {
        Organisation ggd = organisations.save(new Organisation("GGD Twente", OrganisationKind.PUBLIC_HEALTH_SERVICE));
        Person coordinator = people.save(Person.professional("Sanne Visser", null, null, ggd.id()));
        Person contact = people.save(Person.professional("Pieter van Dijk", null, null, ggd.id()));
        Trajectory trajectory = trajectoryService.start(new StartTrajectory("Gezond Hengelo", "Gezondheidsbeleid", "Hengelo",
                TrajectoryKind.ORGANISATION_PROJECT, ParticipationLevel.PARTICIPATION, ggd.id(), coordinator.id(),
                contact.id(), null, null));
        List<ParticipantId> participants = IntStream.range(0, residents)
                .mapToObj(i -> people.save(Person.resident("Inwoner " + i, null, null, null)))
                .map(resident -> trajectoryService.addParticipant(trajectory.id(), resident.id()).id())
                .toList();
        Trajectory started = trajectoryService.get(trajectory.id());
        return new Setup(trajectory.id(), started.participantOf(coordinator.id()).orElseThrow().id(),
                started.participantOf(contact.id()).orElseThrow().id(), participants);
    }

    private ParticipantId addProfessional(Setup setup, String name) {
        Trajectory trajectory = trajectoryService.get(setup.trajectoryId());
        Person professional = people.save(Person.professional(name, null, null, trajectory.organisationId()));
        return trajectoryService.addParticipant(setup.trajectoryId(), professional.id()).id();
    }

    private record Setup(TrajectoryId trajectoryId, ParticipantId coordinator, ParticipantId contactPerson,
            List<ParticipantId> residents) {

        ParticipantId resident(int index) {
            return residents.get(index);
        }
    }
}
