package nl.participationsuite.web.portal.boundaries;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.motivation.EnergySource;
import nl.participationsuite.domain.motivation.Motivation;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.trajectory.ParticipationLevel;

/**
 * The resident's motivation and boundaries as the form sends them: unticked groups send nothing
 * (null, counted as none); the hours and the support needs stay within the domain's limits.
 */
record BoundariesForm(Set<EnergySource> energySources,
        @NotNull @Min(0) @Max(Motivation.MAXIMUM_HOURS_PER_MONTH) Integer hoursPerMonth,
        Set<ParticipationLevel> involvementKinds, Set<PreferredTime> preferredTimes,
        @Size(max = BoundariesForm.MAX_SUPPORT_NEEDS) String supportNeeds, Set<VenueType> preferredVenueTypes) {

    /** The domain's limit for the support needs. */
    static final int MAX_SUPPORT_NEEDS = 2000;

    static final List<EnergySource> ENERGY_SOURCES = List.of(EnergySource.values());

    static final List<ParticipationLevel> INVOLVEMENT_KINDS = List.of(ParticipationLevel.values());

    static final List<PreferredTime> PREFERRED_TIMES = List.of(PreferredTime.values());

    static final List<VenueType> VENUE_TYPES = List.of(VenueType.values());

    static BoundariesForm of(Motivation current) {
        return current == null ? new BoundariesForm(null, null, null, null, null, null)
                : new BoundariesForm(current.energySources(), current.hoursPerMonth(), current.involvementKinds(),
                        current.preferredTimes(), current.supportNeeds(), current.preferredVenueTypes());
    }

    Set<EnergySource> energySourcesOrNone() {
        return orNone(energySources);
    }

    Set<ParticipationLevel> involvementKindsOrNone() {
        return orNone(involvementKinds);
    }

    Set<PreferredTime> preferredTimesOrNone() {
        return orNone(preferredTimes);
    }

    Set<VenueType> preferredVenueTypesOrNone() {
        return orNone(preferredVenueTypes);
    }

    private static <T> Set<T> orNone(Set<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
