package nl.participationsuite.domain.notification;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * How a person wants to get a kind of message by mail: at once, in a summary once a day or once a week (at
 * {@link #DIGEST_TIME}, a week's on Monday), or not at all (it is only in their notifications list).
 * Personal tasks come at once unless chosen otherwise; everything else comes in the daily summary.
 */
public enum DeliveryChoice {
    IMMEDIATELY,
    DAILY,
    WEEKLY,
    NEVER;

    /** The local time a summary goes out. */
    public static final LocalTime DIGEST_TIME = LocalTime.of(7, 0);

    /** The choice of someone who chose nothing: at once for a personal task, the daily summary for the rest. */
    public static DeliveryChoice byDefault(NotificationKind kind) {
        return kind.isTask() ? IMMEDIATELY : DAILY;
    }

    /** Whether messages go out together in a summary. */
    public boolean isDigest() {
        return this == DAILY || this == WEEKLY;
    }

    /**
     * When a message written at {@code now} is mailed: at once, at the next summary moment after now (in the
     * organisation's time zone), or never (null).
     */
    public Instant mailedAt(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        return switch (this) {
            case IMMEDIATELY -> now;
            case NEVER -> null;
            case DAILY -> {
                ZonedDateTime today = local.with(DIGEST_TIME);
                yield (today.isAfter(local) ? today : today.plusDays(1).with(DIGEST_TIME)).toInstant();
            }
            case WEEKLY -> {
                ZonedDateTime monday = local.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).with(DIGEST_TIME);
                yield (monday.isAfter(local) ? monday
                        : local.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(DIGEST_TIME)).toInstant();
            }
        };
    }
}
