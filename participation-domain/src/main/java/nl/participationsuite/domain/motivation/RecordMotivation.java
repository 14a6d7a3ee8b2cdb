package nl.participationsuite.domain.motivation;

import java.util.Set;

import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.PersonId;

/**
 * A resident's motivation profile as recorded now: what gives energy, their boundaries (hours per
 * month, kinds of involvement, preferred times and kinds of venue) and support needs; recorded by {@code recordedBy}
 * in a conversation, or by the resident themself. Null sets count as empty, except
 * {@code preferredVenueTypes}: null there means "not asked", and a revision keeps the kinds of venue
 * recorded before.
 */
public record RecordMotivation(ParticipantId participantId, Set<EnergySource> energySources, Integer hoursPerMonth,
        Set<ParticipationLevel> involvementKinds, Set<PreferredTime> preferredTimes, String supportNeeds,
        ProfileSource source, PersonId recordedBy, Set<VenueType> preferredVenueTypes) {

    /** A profile without an answer on kinds of venue (a conversation that did not ask): earlier ones stay. */
    public RecordMotivation(ParticipantId participantId, Set<EnergySource> energySources, Integer hoursPerMonth,
            Set<ParticipationLevel> involvementKinds, Set<PreferredTime> preferredTimes, String supportNeeds,
            ProfileSource source, PersonId recordedBy) {
        this(participantId, energySources, hoursPerMonth, involvementKinds, preferredTimes, supportNeeds, source,
                recordedBy, null);
    }

    /** The same profile with these kinds of venue. */
    RecordMotivation withPreferredVenueTypes(Set<VenueType> venueTypes) {
        return new RecordMotivation(participantId, energySources, hoursPerMonth, involvementKinds, preferredTimes,
                supportNeeds, source, recordedBy, venueTypes);
    }
}
