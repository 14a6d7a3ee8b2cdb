package nl.participationsuite.web.i18n;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Moments as templates show them ({@code ${@dates.dateTime(instant)}}): in the product's time zone
 * (the clock's, Europe/Amsterdam) and the reader's language, and in ISO 8601 for the
 * {@code datetime} attribute of {@code <time>}. Null stays null.
 */
@Component("dates")
public class Dates {

    private final Clock clock;

    Dates(Clock clock) {
        this.clock = clock;
    }

    /** A date and time, e.g. "3 december 2026 14:30". */
    public String dateTime(Instant instant) {
        return instant == null ? null
                : DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", LocaleContextHolder.getLocale())
                        .format(instant.atZone(clock.getZone()));
    }

    /** A date, e.g. "3 december 2026". */
    public String date(Instant instant) {
        return instant == null ? null : date(instant.atZone(clock.getZone()).toLocalDate());
    }

    public String date(LocalDate date) {
        return date == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LocaleContextHolder.getLocale()).format(date);
    }

    /** For {@code <time datetime>}: the moment with its offset. */
    public String iso(Instant instant) {
        return instant == null ? null : ZonedDateTime.ofInstant(instant, clock.getZone()).toOffsetDateTime().toString();
    }

    public String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Whether the moment has passed. */
    public boolean past(Instant instant) {
        return instant != null && instant.isBefore(clock.instant());
    }
}
