package nl.participationsuite.domain.motivation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class PreferredTimeTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void aWeekdayHasAMorningAfternoonAndEveningAndTheWeekendIsOneTime() {
        assertThat(PreferredTime.of(ZonedDateTime.of(2026, 3, 2, 11, 59, 0, 0, AMSTERDAM))).isEqualTo(PreferredTime.MORNING);
        assertThat(PreferredTime.of(ZonedDateTime.of(2026, 3, 2, 12, 0, 0, 0, AMSTERDAM))).isEqualTo(PreferredTime.AFTERNOON);
        assertThat(PreferredTime.of(ZonedDateTime.of(2026, 3, 2, 19, 30, 0, 0, AMSTERDAM))).isEqualTo(PreferredTime.EVENING);
        assertThat(PreferredTime.of(ZonedDateTime.of(2026, 3, 7, 10, 0, 0, 0, AMSTERDAM))).isEqualTo(PreferredTime.WEEKEND);
    }
}
