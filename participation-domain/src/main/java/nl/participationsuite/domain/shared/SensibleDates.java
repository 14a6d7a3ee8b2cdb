package nl.participationsuite.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The range every date of the product lies in: from 1 January 1900 to a hundred years ahead. A date
 * outside it is a typing error or a probe ({@code -290000-01-01}, year 1), never a fact of a
 * trajectory, and some would not even fit the database's date type. Features narrow it where their
 * own rules say more (a trip not in the future, a meeting not in the past); this is the outer bound
 * the API, the forms and the domain apply alike.
 */
public final class SensibleDates {

    /** The earliest date the product accepts. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** How many years ahead of today a date may lie. */
    public static final int YEARS_AHEAD = 100;

    /** The message code of a refusal; {@code rule.date.out-of-range} in the bundles. */
    public static final String CODE = "date.out-of-range";

    private SensibleDates() {
    }

    /** The latest date the product accepts, seen from {@code today}. */
    public static LocalDate latest(LocalDate today) {
        return today.plusYears(YEARS_AHEAD);
    }

    /** Whether the date lies within the range, seen from {@code today}; null is left to "required". */
    public static boolean holds(LocalDate date, LocalDate today) {
        return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(latest(today)));
    }

    /** As {@link #holds(LocalDate, LocalDate)} for a moment, on the UTC calendar. */
    public static boolean holds(Instant moment, Instant now) {
        if (moment == null) {
            return true;
        }
        if (moment.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())) {
            return false;
        }
        return !moment.isAfter(now.atOffset(ZoneOffset.UTC).plusYears(YEARS_AHEAD).toInstant());
    }

    /** Refuses a date outside the range, naming the field. */
    public static LocalDate require(String field, LocalDate date, LocalDate today) {
        if (!holds(date, today)) {
            throw refusal(field);
        }
        return date;
    }

    /** Refuses a moment outside the range, naming the field. */
    public static Instant require(String field, Instant moment, Instant now) {
        if (!holds(moment, now)) {
            throw refusal(field);
        }
        return moment;
    }

    private static RuleViolationException refusal(String field) {
        return new RuleViolationException(field, CODE,
                field + " lies outside " + EARLIEST + " to " + YEARS_AHEAD + " years ahead");
    }
}
