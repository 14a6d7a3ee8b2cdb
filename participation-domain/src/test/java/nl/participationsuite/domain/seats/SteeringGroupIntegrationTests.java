package nl.participationsuite.domain.seats;

import static nl.participationsuite.testsupport.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonKind;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.testsupport.FeatureIntegrationTest;
import nl.participationsuite.testsupport.TrajectoryFixture;

@FeatureIntegrationTest
class SteeringGroupIntegrationTests {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    static final LocalDate UNTIL = LocalDate.of(2027, 12, 31);

    @Autowired
    SteeringGroupService steeringGroupService;

    @Autowired
    TrajectoryFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    TrajectoryFixture.Setup setup;

    @BeforeEach
    void startTrajectory() {
        setup = fixture.trajectoryWith(4, 5);
    }

    @Test
    void composesAGroupThatMeetsTheRules() {
        SteeringGroup group = steeringGroupService.compose(setup.id(), List.of(
                resident(0, Background.SENIOR), resident(1, Background.INFORMAL_CARER, Background.LOW_INCOME),
                professional(0), professional(1)), null);

        SteeringGroup stored = steeringGroupService.get(setup.id());
        assertThat(stored.id()).isEqualTo(group.id());
        assertThat(stored.holders()).containsExactlyInAnyOrder(setup.resident(0), setup.resident(1),
                setup.professional(0), setup.professional(1));
        assertThat(stored.verdict().ok()).isTrue();
        assertThat(stored.overrides()).isEmpty();
        Seat residentSeat = stored.occupiedSeats().stream().filter(s -> s.holderId().equals(setup.resident(1)))
                .findFirst().orElseThrow();
        assertThat(residentSeat.holderKind()).isEqualTo(PersonKind.RESIDENT);
        assertThat(residentSeat.backgrounds()).containsExactly(Background.LOW_INCOME, Background.INFORMAL_CARER);
        assertThat(residentSeat.termUntil()).isEqualTo(UNTIL);
        assertThat(seatRows()).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from seat_background b join seat s on s.id = b.seat_id "
                + "where s.steering_group_id = ?", Integer.class, group.id().value())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select created_by from seat where holder_id = ?", String.class,
                setup.resident(0).value())).isEqualTo("system");
    }

    @Test
    void findsTheTrajectoriesWhereParticipantsHoldASeatNow() {
        composeValidGroup();
        assertThat(steeringGroupService.trajectoriesSeating(List.of(setup.resident(0), setup.resident(3))))
                .containsExactly(setup.id());
        assertThat(steeringGroupService.trajectoriesSeating(List.of(setup.resident(3)))).isEmpty();
        assertThat(steeringGroupService.trajectoriesSeating(List.of())).isEmpty();

        steeringGroupService.vacateSeatsOf(setup.id(), setup.resident(0));
        assertThat(steeringGroupService.trajectoriesSeating(List.of(setup.resident(0)))).isEmpty();
    }

    @Test
    void refusesSteeringGroupWithOneResidentAndStoresNothing() {
        assertRefused(() -> steeringGroupService.compose(setup.id(), List.of(
                resident(0, Background.SENIOR, Background.YOUTH), professional(0), professional(1)), null),
                "seats", "seats.too-few-residents");

        assertThat(steeringGroupService.groupOf(setup.id())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from steering_group where trajectory_id = ?", Integer.class,
                setup.id().value())).isZero();
    }

    @Test
    void refusesResidentsHoldingLessThanAThirdOfTheSeats() {
        List<SeatAssignment> seats = new ArrayList<>(List.of(resident(0, Background.SENIOR), resident(1, Background.YOUTH)));
        for (int i = 0; i < 5; i++) {
            seats.add(professional(i));
        }

        assertRefused(() -> steeringGroupService.compose(setup.id(), seats, null), "seats", "seats.resident-share-too-low");

        assertThat(seatRows()).isZero();
    }

    @Test
    void refusesResidentsWhoTogetherBringOneBackground() {
        assertRefused(() -> steeringGroupService.compose(setup.id(), List.of(resident(0, Background.SENIOR),
                resident(1, Background.SENIOR), professional(0)), null), "seats", "seats.single-background");

        assertThat(seatRows()).isZero();
    }

    @Test
    void acceptsABrokenCompositionWithTheCoordinatorsJustificationAndRecordsIt() {
        String justification = "Tweede bewoner start pas na de zomer; tot dan één bewonerszetel";

        steeringGroupService.compose(setup.id(), List.of(resident(0, Background.SENIOR), professional(0)),
                new SeatRulesOverride(setup.coordinator(), justification));

        List<CompositionOverride> overrides = steeringGroupService.overrides(setup.id());
        assertThat(overrides).hasSize(1);
        assertThat(overrides.get(0).givenBy()).isEqualTo(setup.coordinator());
        assertThat(overrides.get(0).givenAt()).isNotNull();
        assertThat(overrides.get(0).justification()).isEqualTo(justification);
        assertThat(overrides.get(0).brokenRules()).containsExactly("seats.too-few-residents", "seats.single-background");
        assertThat(jdbc.queryForMap("select o.broken_rules, o.created_by from composition_override o "
                + "join steering_group g on g.id = o.steering_group_id where g.trajectory_id = ?", setup.id().value()))
                .containsEntry("broken_rules", "seats.too-few-residents,seats.single-background")
                .containsEntry("created_by", "system");
        assertThat(seatRows()).isEqualTo(2);
    }

    @Test
    void anOverrideNeedsTheCoordinatorAndAJustificationOfTwentyCharacters() {
        List<SeatAssignment> seats = List.of(resident(0, Background.SENIOR), professional(0));

        assertRefused(() -> steeringGroupService.compose(setup.id(), seats,
                new SeatRulesOverride(setup.coordinator(), "Geen tijd gehad")), "overrideJustification",
                "seats.override-justification-too-short");
        assertRefused(() -> steeringGroupService.compose(setup.id(), seats,
                new SeatRulesOverride(setup.person(setup.professional(1)), "Tweede bewoner volgt na de zomer")),
                "overrideJustification", "seats.override-not-coordinator");
        assertRefused(() -> steeringGroupService.compose(setup.id(), seats,
                new SeatRulesOverride(setup.coordinator(), "   ")), "seats", "seats.too-few-residents");

        assertThat(seatRows()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from composition_override o join steering_group g "
                + "on g.id = o.steering_group_id where g.trajectory_id = ?", Integer.class, setup.id().value())).isZero();
    }

    @Test
    void aCompositionThatMeetsTheRulesRecordsNoOverride() {
        steeringGroupService.compose(setup.id(), List.of(resident(0, Background.SENIOR), resident(1, Background.YOUTH)),
                new SeatRulesOverride(setup.coordinator(), "Voor de zekerheid een verantwoording"));

        assertThat(steeringGroupService.overrides(setup.id())).isEmpty();
    }

    @Test
    void refusesSeatsForStrangersTwiceForOneHolderOrWithAnInvertedTerm() {
        assertRefused(() -> steeringGroupService.compose(setup.id(), List.of(resident(0, Background.SENIOR),
                new SeatAssignment(ParticipantId.random(), FROM, UNTIL, Set.of(Background.YOUTH))), null),
                "seats[1].holderId", "participant.unknown");
        assertRefused(() -> steeringGroupService.compose(setup.id(), List.of(resident(0, Background.SENIOR),
                resident(0, Background.YOUTH)), null), "seats[1].holderId", "seats.holder-twice");
        assertRefused(() -> steeringGroupService.compose(setup.id(), List.of(resident(0, Background.SENIOR),
                new SeatAssignment(setup.resident(1), UNTIL, FROM, Set.of(Background.YOUTH))), null),
                "seats[1].termUntil", "seats.term-ends-before-start");
        assertRefused(() -> steeringGroupService.compose(setup.id(), List.of(resident(0, Background.SENIOR),
                resident(1, Background.YOUTH), new SeatAssignment(setup.professional(0), FROM, UNTIL,
                        Set.of(Background.SENIOR))), null), "seats[2].backgrounds", "seats.backgrounds-for-residents-only");
        assertRefused(() -> steeringGroupService.compose(setup.id(), List.of(), null), "seats", "required");

        assertThat(seatRows()).isZero();
    }

    @Test
    void anAddedSeatThatBreaksTheRulesIsRefused() {
        composeValidGroup();

        steeringGroupService.assignSeat(setup.id(), professional(2), null);
        steeringGroupService.assignSeat(setup.id(), professional(3), null);
        assertRefused(() -> steeringGroupService.assignSeat(setup.id(), professional(4), null),
                "seats", "seats.resident-share-too-low");
        assertRefused(() -> steeringGroupService.assignSeat(setup.id(), professional(0), null),
                "holderId", "seats.holder-twice");

        assertThat(seatRows()).isEqualTo(6);
    }

    @Test
    void previewsACompositionWithoutStoringIt() {
        SeatCompositionVerdict verdict = steeringGroupService.preview(setup.id(),
                List.of(resident(0, Background.SENIOR), professional(0)));

        assertThat(verdict.brokenRules()).containsExactly("seats.too-few-residents", "seats.single-background");
        assertThat(steeringGroupService.groupOf(setup.id())).isEmpty();
    }

    @Test
    void onlyTheHolderAcceptsTheirSeatAndOnlyOnce() {
        SteeringGroup group = composeValidGroup();
        Seat seat = group.occupiedSeats().stream().filter(s -> s.holderId().equals(setup.resident(0))).findFirst().orElseThrow();

        assertRefused(() -> steeringGroupService.acceptSeat(seat.id(), setup.resident(1)), "participantId", "seats.not-your-seat");
        steeringGroupService.acceptSeat(seat.id(), setup.resident(0));
        assertRefused(() -> steeringGroupService.acceptSeat(seat.id(), setup.resident(0)), "seatId", "seats.already-accepted");

        assertThat(jdbc.queryForObject("select accepted_at is not null from seat where id = ?", Boolean.class,
                seat.id().value())).isTrue();
        assertThat(steeringGroupService.get(setup.id()).seat(seat.id()).orElseThrow().isAccepted()).isTrue();
    }

    @Test
    void aResidentSteppingBackVacatesTheSeatAndSaysWhetherTheRulesStillHold() {
        composeValidGroup();

        SeatVacancy vacancy = steeringGroupService.vacateSeatsOf(setup.id(), setup.resident(0));

        assertThat(vacancy.vacatedSeats()).hasSize(1);
        assertThat(vacancy.stillMeetsRules()).isFalse();
        assertThat(vacancy.restoreNeeded()).isTrue();
        assertThat(vacancy.remaining().brokenRules()).contains("seats.too-few-residents");
        SteeringGroup group = steeringGroupService.get(setup.id());
        assertThat(group.seats()).hasSize(4);
        assertThat(group.holders()).doesNotContain(setup.resident(0));
        assertThat(jdbc.queryForObject("select vacated_at is not null from seat where id = ?", Boolean.class,
                vacancy.vacatedSeats().get(0).value())).isTrue();

        steeringGroupService.assignSeat(setup.id(), resident(2, Background.DISABILITY), null);

        assertThat(steeringGroupService.verdict(setup.id()).ok()).isTrue();
    }

    @Test
    void aHolderSteppingBackWhoseSeatIsNotNeededLeavesTheRulesMet() {
        composeValidGroup();

        SeatVacancy vacancy = steeringGroupService.vacateSeatsOf(setup.id(), setup.professional(0));
        SeatVacancy nothing = steeringGroupService.vacateSeatsOf(setup.id(), setup.resident(3));

        assertThat(vacancy.vacatedSeats()).hasSize(1);
        assertThat(vacancy.stillMeetsRules()).isTrue();
        assertThat(vacancy.restoreNeeded()).isFalse();
        assertThat(nothing.vacatedSeats()).isEmpty();
        assertThat(nothing.restoreNeeded()).isFalse();
    }

    @Test
    void onlyAPresentSeatHolderSeesTheGroup() {
        SteeringGroup group = composeValidGroup();

        assertThat(steeringGroupService.seenByHolder(setup.id(), setup.person(setup.resident(0))).id())
                .isEqualTo(group.id());
        assertThatThrownBy(() -> steeringGroupService.seenByHolder(setup.id(), setup.person(setup.resident(3))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> steeringGroupService.seenByHolder(setup.id(), setup.person(setup.professional(2))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> steeringGroupService.seenByHolder(TrajectoryId.random(), setup.person(setup.resident(0))))
                .isInstanceOf(NotFoundException.class);

        steeringGroupService.vacateSeatsOf(setup.id(), setup.resident(0));

        assertThatThrownBy(() -> steeringGroupService.seenByHolder(setup.id(), setup.person(setup.resident(0))))
                .isInstanceOf(NotFoundException.class);
    }

    private SteeringGroup composeValidGroup() {
        return steeringGroupService.compose(setup.id(), List.of(resident(0, Background.SENIOR),
                resident(1, Background.INFORMAL_CARER), professional(0), professional(1)), null);
    }

    private int seatRows() {
        return jdbc.queryForObject("select count(*) from seat s join steering_group g on g.id = s.steering_group_id "
                + "where g.trajectory_id = ?", Integer.class, setup.id().value());
    }

    private SeatAssignment resident(int index, Background... backgrounds) {
        return new SeatAssignment(setup.resident(index), FROM, UNTIL, Set.of(backgrounds));
    }

    private SeatAssignment professional(int index) {
        return new SeatAssignment(setup.professional(index), FROM, UNTIL, null);
    }
}
