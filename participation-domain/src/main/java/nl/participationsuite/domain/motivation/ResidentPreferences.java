package nl.participationsuite.domain.motivation;

import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When the residents of a trajectory said they can take part (their boundaries), counted, and the
 * rule that tells whether a meeting suits them: a meeting suits a resident when every part of the
 * week it touches (morning, afternoon, evening, weekend; in the meeting's own zone) is one they
 * chose. Residents who chose no time are not counted: nothing is known of them. The planner is
 * warned, not refused: a meeting outside someone's times can still be the best one.
 *
 * @param residents how many residents taking part now have preferred times on record
 * @param times     how many of them chose each part of the week
 */
public record ResidentPreferences(int residents, Map<PreferredTime, Integer> times) {

    public ResidentPreferences {
        times = Map.copyOf(times);
    }

    /** Counts the preferred times of the residents' current boundaries; empty sets are not counted. */
    public static ResidentPreferences of(List<Set<PreferredTime>> preferredTimesPerResident) {
        Map<PreferredTime, Integer> counts = new EnumMap<>(PreferredTime.class);
        int residents = 0;
        for (Set<PreferredTime> chosen : preferredTimesPerResident) {
            if (chosen.isEmpty()) {
                continue;
            }
            residents++;
            chosen.forEach(time -> counts.merge(time, 1, Integer::sum));
        }
        return new ResidentPreferences(residents, counts);
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
