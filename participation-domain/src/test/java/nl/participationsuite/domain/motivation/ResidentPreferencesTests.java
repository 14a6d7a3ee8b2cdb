package nl.participationsuite.domain.motivation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.participationsuite.domain.meetings.VenueType;
import org.junit.jupiter.api.Test;

/** Whether a meeting falls inside the residents' preferred times: the rule the planning form warns with. */
class ResidentPreferencesTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** Thursday 3 December 2026. */
    private static ZonedDateTime thursday(int hour, int minute) {
        return ZonedDateTime.of(2026, 12, 3, hour, minute, 0, 0, AMSTERDAM);
    }

    private final ResidentPreferences preferences = ResidentPreferences.of(List.of(
            Set.of(PreferredTime.EVENING, PreferredTime.WEEKEND), Set.of(PreferredTime.EVENING),
            Set.of(PreferredTime.AFTERNOON, PreferredTime.EVENING), Set.of()));

    @Test
    void countsOnlyResidentsWhoChoseATime() {
        assertThat(preferences.residents()).isEqualTo(3);
        assertThat(preferences.residentsChoosing(PreferredTime.EVENING)).isEqualTo(3);
        assertThat(preferences.residentsChoosing(PreferredTime.MORNING)).isZero();
    }

    @Test
    void aMeetingInAnEveryonesTimeSuitsThemAll() {
        assertThat(preferences.outside(thursday(19, 30), thursday(21, 0))).isEmpty();
    }

    @Test
    void aMorningMeetingFallsOutsideEveryonesTimes() {
        assertThat(preferences.outside(thursday(10, 0), thursday(11, 30))).isEqualTo(Map.of(PreferredTime.MORNING, 0));
    }

    @Test
    void aMeetingRunningIntoTheEveningTouchesBothParts() {
        assertThat(preferences.outside(thursday(17, 0), thursday(19, 0)))
                .isEqualTo(Map.of(PreferredTime.AFTERNOON, 1));
        assertThat(ResidentPreferences.partsOf(thursday(17, 0), thursday(18, 0))).containsExactly(PreferredTime.AFTERNOON);
    }

    @Test
    void aSaturdayIsTheWeekendWhateverTheHour() {
        ZonedDateTime saturday = ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, AMSTERDAM);
        assertThat(preferences.outside(saturday, saturday.plusHours(2))).isEqualTo(Map.of(PreferredTime.WEEKEND, 1));
    }

    @Test
    void noWarningWhileNoResidentSaidAnything() {
        assertThat(ResidentPreferences.of(List.of(Set.of())).outside(thursday(10, 0), thursday(11, 0))).isEmpty();
    }

    @Test
    void aVenueNoResidentChoseIsFlaggedOnlyWhenResidentsNamedVenues() {
        ResidentPreferences named = ResidentPreferences.of(List.of(Set.of(PreferredTime.EVENING)), List.of(
                Set.of(VenueType.NEIGHBOURHOOD_CENTRE, VenueType.LIBRARY), Set.of(VenueType.LIBRARY), Set.of()));
        assertThat(named.venueResidents()).isEqualTo(2);
        assertThat(named.residentsChoosing(VenueType.LIBRARY)).isEqualTo(2);
        assertThat(named.noneChose(VenueType.LIBRARY)).isFalse();
        assertThat(named.noneChose(VenueType.INSTITUTION)).isTrue();
        assertThat(preferences.noneChose(VenueType.INSTITUTION)).isFalse();
    }
}
