package nl.participationsuite.web.portal.boundaries;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import nl.participationsuite.domain.motivation.Motivation;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.trajectory.ParticipationLevel;

/**
 * The resident's boundaries as the form sends them: unticked groups send nothing (null, counted
 * as none); the hours stay within the domain's limit.
 */
record BoundariesForm(@NotNull @Min(0) @Max(Motivation.MAXIMUM_HOURS_PER_MONTH) Integer hoursPerMonth,
        Set<ParticipationLevel> involvementKinds, Set<PreferredTime> preferredTimes) {

    static final List<ParticipationLevel> INVOLVEMENT_KINDS = List.of(ParticipationLevel.values());

    static final List<PreferredTime> PREFERRED_TIMES = List.of(PreferredTime.values());

    static BoundariesForm of(Motivation current) {
        return current == null ? new BoundariesForm(null, null, null)
                : new BoundariesForm(current.hoursPerMonth(), current.involvementKinds(), current.preferredTimes());
    }

    Set<ParticipationLevel> involvementKindsOrNone() {
        return involvementKinds == null ? Set.of() : Set.copyOf(involvementKinds);
    }

    Set<PreferredTime> preferredTimesOrNone() {
        return preferredTimes == null ? Set.of() : Set.copyOf(preferredTimes);
    }
}
