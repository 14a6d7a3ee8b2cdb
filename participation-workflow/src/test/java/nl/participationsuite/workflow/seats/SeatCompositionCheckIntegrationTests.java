package nl.participationsuite.workflow.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.participationsuite.domain.seats.Background;
import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.seats.SeatCompositionRules;
import nl.participationsuite.domain.seats.SeatCompositionVerdict;
import nl.participationsuite.domain.seats.SeatRulesOverride;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import nl.participationsuite.workflow.WorkflowFixture;
import nl.participationsuite.workflow.WorkflowFixture.Member;
import nl.participationsuite.workflow.WorkflowFixture.Setup;
import nl.participationsuite.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The verdict shown before saving a composition, on the real PostgreSQL: the domain's seat rules on
 * the occupied seats plus the new ones, storing nothing; a composition it passes goes on in the process.
 */
@WorkflowIntegrationTest
class SeatCompositionCheckIntegrationTests {

    @Autowired
    SeatCompositionCheck check;

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    SteeringGroupService steeringGroups;

    @Autowired
    Clock clock;

    @AfterEach
    void resetTheEngineClock() {
        fixture.resetEngineClock();
    }

    @Test
    void rejectsOneResidentSeatAsATokenResidentAndStoresNothing() {
        Setup setup = fixture.start(3, 2);

        SeatCompositionVerdict verdict = check.check(setup.id(), List.of(
                seat(setup.resident(0), Background.LOW_INCOME, Background.YOUTH), seat(setup.professional(0))));

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.brokenRules()).containsExactly(SeatCompositionRules.TOO_FEW_RESIDENTS);
        assertThat(verdict.residentSeats()).isEqualTo(1);
        assertThat(verdict.totalSeats()).isEqualTo(2);
        assertThat(steeringGroups.groupOf(setup.id())).isEmpty();
    }

    @Test
    void passesThreeResidentsWithTwoBackgroundsOfFiveSeatsAsTheProcessThenDoes() {
        Setup setup = fixture.start(3, 2);
        fixture.jumpTo(setup.id(), Activities.COMPOSE_STEERING_GROUP, Map.of());
        List<SeatAssignment> seats = List.of(seat(setup.resident(0), Background.LOW_INCOME),
                seat(setup.resident(1), Background.YOUTH), seat(setup.resident(2), Background.YOUTH),
                seat(setup.professional(0)), seat(setup.professional(1)));

        SeatCompositionVerdict verdict = check.check(setup.id(), seats);

        assertThat(verdict.ok()).isTrue();
        assertThat(verdict.brokenRules()).isEmpty();
        assertThat(verdict.distinctResidentBackgrounds()).isEqualTo(2);

        fixture.completeAsCoordinator(setup, Activities.COMPOSE_STEERING_GROUP, new SeatCompositionOutcome(seats, null));
        assertThat(steeringGroups.verdict(setup.id())).isEqualTo(verdict);
        fixture.task(setup.resident(0), setup.id(), Activities.ACCEPT_SEAT);
    }

    @Test
    void judgesTheNewSeatsTogetherWithTheSeatsOccupiedNow() {
        Setup setup = fixture.start(3, 2);
        steeringGroups.compose(setup.id(), List.of(seat(setup.resident(0), Background.LOW_INCOME),
                seat(setup.resident(1), Background.LOW_INCOME), seat(setup.professional(0))),
                new SeatRulesOverride(setup.coordinator().person(), "Nog geen andere inwoners gevonden dit jaar."));

        SeatCompositionVerdict now = check.check(setup.id(), List.of());
        assertThat(now.brokenRules()).containsExactly(SeatCompositionRules.SINGLE_BACKGROUND);
        assertThat(now.residentSeats()).isEqualTo(2);
        assertThat(now.totalSeats()).isEqualTo(3);
        assertThat(check.check(setup.id(), List.of(seat(setup.resident(2), Background.YOUTH))).ok()).isTrue();
        assertThat(check.check(setup.id(), List.of(seat(setup.professional(1)), seat(setup.coordinator())))
                .brokenRules()).containsExactly(SeatCompositionRules.SINGLE_BACKGROUND);
    }

    @Test
    void refusesASeatTheDomainWouldRefuseOnItsField() {
        Setup setup = fixture.start(2, 1);
        LocalDate today = LocalDate.now(clock);

        assertThatThrownBy(() -> check.check(setup.id(), List.of(seat(setup.resident(0)),
                new SeatAssignment(setup.resident(1).participant(), today, today.minusDays(1), Set.of()))))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> {
                    assertThat(ex.field()).isEqualTo("seats[1].termUntil");
                    assertThat(ex.code()).isEqualTo("seats.term-ends-before-start");
                });
    }

    private SeatAssignment seat(Member member, Background... backgrounds) {
        LocalDate today = LocalDate.now(clock);
        return new SeatAssignment(member.participant(), today, today.plusYears(2), Set.of(backgrounds));
    }
}
