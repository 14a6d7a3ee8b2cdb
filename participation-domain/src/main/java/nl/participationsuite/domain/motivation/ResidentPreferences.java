package nl.participationsuite.domain.motivation;

import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.participationsuite.domain.meetings.VenueType;

/**
 * When the residents of a trajectory said they can take part (their boundaries), counted, and the
 * rule that tells whether a meeting suits them: a meeting suits a resident when every part of the
 * week it touches (morning, afternoon, evening, weekend; in the meeting's own zone) is one they
 * chose; a venue suits them when at least one of the residents who named kinds of venue chose its
 * kind. Residents who chose nothing are not counted: nothing is known of them. The planner is
 * warned, not refused: a meeting outside someone's times can still be the best one.
 *
 * @param residents      how many residents taking part now have preferred times on record
 * @param times          how many of them chose each part of the week
 * @param venueResidents how many residents taking part now named kinds of venue
 * @param venues         how many of them chose each kind of venue
 */
public record ResidentPreferences(int residents, Map<PreferredTime, Integer> times, int venueResidents,
        Map<VenueType, Integer> venues) {

    public ResidentPreferences {
        times = Map.copyOf(times);
        venues = Map.copyOf(venues);
    }

    /** Counts the preferred times of the residents' current boundaries; empty sets are not counted. */
    public static ResidentPreferences of(List<Set<PreferredTime>> preferredTimesPerResident) {
        return of(preferredTimesPerResident, List.of());
    }

    /** Counts the preferred times and kinds of venue of the residents' current boundaries; empty sets are not counted. */
    public static ResidentPreferences of(List<Set<PreferredTime>> preferredTimesPerResident,
            List<Set<VenueType>> preferredVenueTypesPerResident) {
        Map<PreferredTime, Integer> times = new EnumMap<>(PreferredTime.class);
        int residents = count(preferredTimesPerResident, times);
        Map<VenueType, Integer> venues = new EnumMap<>(VenueType.class);
        int venueResidents = count(preferredVenueTypesPerResident, venues);
        return new ResidentPreferences(residents, times, venueResidents, venues);
    }

    private static <E> int count(List<Set<E>> chosenPerResident, Map<E, Integer> counts) {
        int residents = 0;
        for (Set<E> chosen : chosenPerResident) {
            if (chosen.isEmpty()) {
                continue;
            }
            residents++;
            chosen.forEach(value -> counts.merge(value, 1, Integer::sum));
        }
        return residents;
    }

    /** How many residents chose the kind of venue. */
    public int residentsChoosing(VenueType venueType) {
        return venues.getOrDefault(venueType, 0);
    }

    /** Whether residents named kinds of venue and none of them chose this one. */
    public boolean noneChose(VenueType venueType) {
        return venueResidents > 0 && residentsChoosing(venueType) == 0;
    }

    /** How many residents chose the part of the week. */
    public int residentsChoosing(PreferredTime time) {
        return times.getOrDefault(time, 0);
    }

    /** The parts of the week a meeting touches, from its start up to (not including) its end. */
    public static Set<PreferredTime> partsOf(ZonedDateTime start, ZonedDateTime end) {
        Set<PreferredTime> parts = EnumSet.noneOf(PreferredTime.class);
        ZonedDateTime moment = start;
        while (moment.isBefore(end)) {
            parts.add(PreferredTime.of(moment));
            moment = moment.plusHours(1).withMinute(0).withSecond(0).withNano(0);
        }
        if (parts.isEmpty()) {
            parts.add(PreferredTime.of(start));
        }
        return parts;
    }

    /**
     * The parts of the week the meeting touches that not every resident with preferences chose,
     * with how many residents did choose each; empty when the meeting suits them all (or no resident
     * said anything yet).
     */
    public Map<PreferredTime, Integer> outside(ZonedDateTime start, ZonedDateTime end) {
        Map<PreferredTime, Integer> outside = new EnumMap<>(PreferredTime.class);
        if (residents == 0) {
            return outside;
        }
        for (PreferredTime part : partsOf(start, end)) {
            if (residentsChoosing(part) < residents) {
                outside.put(part, residentsChoosing(part));
            }
        }
        return outside;
    }
}
