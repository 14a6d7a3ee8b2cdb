package nl.participationsuite.domain.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.testsupport.FeatureIntegrationTest;
import nl.participationsuite.testsupport.MovableClock;
import nl.participationsuite.testsupport.TrajectoryFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Phase transitions are kept in the domain, with the phase change (lead times outlive the engine's history). */
@FeatureIntegrationTest
class PhaseTransitionIntegrationTests {

    @Autowired
    TrajectoryService trajectoryService;

    @Autowired
    TrajectoryFixture fixture;

    @Autowired
    MovableClock clock;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void keepsEveryPhaseEnteredWithItsMomentAndCycle() {
        TrajectoryId id = fixture.trajectoryWith(2, 1).id();
        Instant start = clock.instant();
        clock.advance(Duration.ofDays(3));
        trajectoryService.enterPhase(id, Phase.MOTIVATION);
        trajectoryService.enterPhase(id, Phase.MOTIVATION);
        clock.advance(Duration.ofDays(2));
        trajectoryService.enterPhase(id, Phase.WORKING_TOGETHER);
        clock.advance(Duration.ofDays(1));
        trajectoryService.enterPhase(id, Phase.EVALUATION);
        trajectoryService.startNewCycle(id);
        clock.advance(Duration.ofDays(1));
        trajectoryService.close(id);

        assertThat(trajectoryService.phaseTransitions(id))
                .extracting(PhaseTransition::phase, PhaseTransition::cycle, PhaseTransition::enteredAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Phase.EARLY_INVOLVEMENT, 1, start),
                        org.assertj.core.groups.Tuple.tuple(Phase.MOTIVATION, 1, start.plus(Duration.ofDays(3))),
                        org.assertj.core.groups.Tuple.tuple(Phase.WORKING_TOGETHER, 1, start.plus(Duration.ofDays(5))),
                        org.assertj.core.groups.Tuple.tuple(Phase.EVALUATION, 1, start.plus(Duration.ofDays(6))),
                        org.assertj.core.groups.Tuple.tuple(Phase.WORKING_TOGETHER, 2, start.plus(Duration.ofDays(6))),
                        org.assertj.core.groups.Tuple.tuple(Phase.CLOSED, 2, start.plus(Duration.ofDays(7))));
    }

    @Test
    void keepsTheCloseOfATrajectoryClosedEarly() {
        TrajectoryId id = fixture.trajectoryWith(1, 0).id();
        trajectoryService.closeEarly(id, "Geen inwoners gevonden");

        assertThat(trajectoryService.phaseTransitions(id)).extracting(PhaseTransition::phase)
                .containsExactly(Phase.EARLY_INVOLVEMENT, Phase.CLOSED);
    }

    @Test
    void aRefusedPhaseChangeKeepsNoTransition() {
        TrajectoryId id = fixture.trajectoryWith(1, 0).id();
        trajectoryService.close(id);

        assertThatThrownBy(() -> trajectoryService.enterPhase(id, Phase.MOTIVATION))
                .isInstanceOf(RuleViolationException.class);
        assertThat(jdbc.queryForObject("select count(*) from phase_transition where trajectory_id = ?", Integer.class,
                id.value())).isEqualTo(2);
    }

    @Test
    void aManagerReportsOnTheOrganisationsGivenAndAResidentOnNone() {
        Organisation dalfsen = organisations.save(new Organisation("Gemeente Dalfsen", OrganisationKind.MUNICIPALITY));
        Organisation ggd = organisations.save(new Organisation("GGD IJsselland", OrganisationKind.PUBLIC_HEALTH_SERVICE));
        Person manager = Person.professional("Pieter van Dijk", null, null, ggd.id());
        manager.manage(Set.of(ggd.id(), dalfsen.id()));
        PersonId managerId = people.save(manager).id();

        assertThat(jdbc.queryForList("select organisation_id from manager_organisation where person_id = ?",
                java.util.UUID.class, managerId.value())).containsExactlyInAnyOrder(ggd.id().value(), dalfsen.id().value());
        assertThatThrownBy(() -> Person.resident("Anouk Jansen", null, null, null).manage(Set.of(ggd.id())))
                .isInstanceOf(RuleViolationException.class);
    }
}
