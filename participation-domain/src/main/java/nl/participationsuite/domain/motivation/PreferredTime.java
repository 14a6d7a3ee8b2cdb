package nl.participationsuite.domain.motivation;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;

/** When a resident can take part; meetings are planned at resident-friendly times. */
public enum PreferredTime {
    MORNING, AFTERNOON, EVENING, WEEKEND;

    /** Mornings end at this hour (local time), afternoons at {@link #EVENING_FROM}. */
    public static final int AFTERNOON_FROM = 12;

    public static final int EVENING_FROM = 18;

    /** The part of the week a moment falls in (in its own zone): a Saturday or Sunday is the weekend, whatever the hour. */
    public static PreferredTime of(ZonedDateTime moment) {
        return of(moment.getDayOfWeek(), moment.getHour());
    }

    /** The part of the week of an hour (0–23, local time) on a day. */
    public static PreferredTime of(DayOfWeek day, int hour) {
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return WEEKEND;
        }
        return hour < AFTERNOON_FROM ? MORNING : hour < EVENING_FROM ? AFTERNOON : EVENING;
    }
}
