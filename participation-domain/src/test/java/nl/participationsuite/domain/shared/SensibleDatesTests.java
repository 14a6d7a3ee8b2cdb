package nl.participationsuite.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SensibleDatesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    @Test
    void acceptsDatesFrom1900ToAHundredYearsAhead() {
        assertThat(SensibleDates.holds(LocalDate.of(1900, 1, 1), TODAY)).isTrue();
        assertThat(SensibleDates.holds(TODAY, TODAY)).isTrue();
        assertThat(SensibleDates.holds(LocalDate.of(2126, 12, 6), TODAY)).isTrue();
        assertThat(SensibleDates.holds((LocalDate) null, TODAY)).isTrue();
    }

    @Test
    void refusesYearOneFarPastAndFarFutureNamingTheField() {
        assertThat(SensibleDates.holds(LocalDate.of(1, 1, 1), TODAY)).isFalse();
        assertThat(SensibleDates.holds(LocalDate.of(1899, 12, 31), TODAY)).isFalse();
        assertThat(SensibleDates.holds(LocalDate.of(-290000, 1, 1), TODAY)).isFalse();
        assertThat(SensibleDates.holds(LocalDate.of(2126, 12, 7), TODAY)).isFalse();
        assertThatThrownBy(() -> SensibleDates.require("tripDate", LocalDate.of(-5000, 1, 1), TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> {
                    assertThat(ex.field()).isEqualTo("tripDate");
                    assertThat(ex.code()).isEqualTo("date.out-of-range");
                });
    }

    @Test
    void appliesTheSameRangeToMoments() {
        assertThat(SensibleDates.holds(Instant.parse("1900-01-01T00:00:00Z"), NOW)).isTrue();
        assertThat(SensibleDates.holds(Instant.parse("1899-12-31T23:59:59Z"), NOW)).isFalse();
        assertThat(SensibleDates.holds(Instant.parse("2126-12-06T08:00:00Z"), NOW)).isTrue();
        assertThat(SensibleDates.holds(Instant.parse("2126-12-06T08:00:01Z"), NOW)).isFalse();
        assertThatThrownBy(() -> SensibleDates.require("deadline", Instant.parse("0001-01-01T00:00:00Z"), NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("deadline"));
    }
}
