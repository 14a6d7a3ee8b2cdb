package nl.participationsuite.domain.trajectory;

import static nl.participationsuite.domain.trajectory.UnsavedTrajectories.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.participationsuite.domain.shared.RuleViolationException;

/** Who may step back, as the trajectory decides it (no database). */
class StepBackTests {

    @Test
    void residentStepsBackAndNoLongerTakesPart() {
        Trajectory trajectory = UnsavedTrajectories.started();
        Participant resident = UnsavedTrajectories.resident(trajectory, "Fenna de Boer");

        trajectory.stepBack(resident.id(), NOW.plusSeconds(60));

        assertThat(resident.isActive()).isFalse();
        assertThat(resident.steppedBackAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(trajectory.activeResidents()).isEmpty();
    }

    @Test
    void professionalCannotStepBack() {
        Trajectory trajectory = UnsavedTrajectories.started();
        Participant professional = UnsavedTrajectories.professional(trajectory, "Sanne Visser");

        assertThatThrownBy(() -> trajectory.stepBack(professional.id(), NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("step-back.not-a-resident"));
        assertThat(professional.isActive()).isTrue();
    }

    @Test
    void nobodyStepsBackFromAClosedTrajectory() {
        Trajectory trajectory = UnsavedTrajectories.started();
        Participant resident = UnsavedTrajectories.resident(trajectory, "Fenna de Boer");
        trajectory.close(NOW);

        assertThatThrownBy(() -> trajectory.stepBack(resident.id(), NOW.plusSeconds(60)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("trajectory.closed"));
        assertThat(resident.isActive()).isTrue();
    }

    @Test
    void aResidentStepsBackOnce() {
        Trajectory trajectory = UnsavedTrajectories.started();
        Participant resident = UnsavedTrajectories.resident(trajectory, "Fenna de Boer");
        trajectory.stepBack(resident.id(), NOW);

        assertThatThrownBy(() -> trajectory.stepBack(resident.id(), NOW.plusSeconds(60)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("step-back.already"));
        assertThat(resident.steppedBackAt()).isEqualTo(NOW);
    }
}
