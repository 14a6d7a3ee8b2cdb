package nl.participationsuite.web.workspace.tasks;

import nl.participationsuite.web.taskforms.TaskForm;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.motivation.EnergySource;
import nl.participationsuite.domain.motivation.Motivation;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.workflow.motivation.MotivationOutcome;

/**
 * What was heard in the motivation conversation, as the form sends it: unticked groups send
 * nothing (null, counted as none); the hours are the resident's own boundary within the domain's limits.
 */
public record MotivationForm(Set<EnergySource> energySources,
        @NotNull @Min(0) @Max(Motivation.MAXIMUM_HOURS_PER_MONTH) Integer hoursPerMonth,
        Set<ParticipationLevel> involvementKinds, Set<PreferredTime> preferredTimes,
        @Size(max = MotivationForm.MAX_SUPPORT_NEEDS) String supportNeeds) implements TaskForm {

    /** The domain's limit for the support needs. */
    static final int MAX_SUPPORT_NEEDS = 2000;

    public static final List<EnergySource> ENERGY_SOURCES = List.of(EnergySource.values());

    public static final List<ParticipationLevel> INVOLVEMENT_KINDS = List.of(ParticipationLevel.values());

    public static final List<PreferredTime> PREFERRED_TIMES = List.of(PreferredTime.values());

    public static MotivationForm empty() {
        return new MotivationForm(null, null, null, null, null);
    }

    public MotivationOutcome toOutcome() {
        return new MotivationOutcome(orNone(energySources), hoursPerMonth, orNone(involvementKinds),
                orNone(preferredTimes), supportNeeds);
    }

    private static <T> Set<T> orNone(Set<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
