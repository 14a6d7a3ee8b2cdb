package nl.participationsuite.domain.trajectory;

import java.time.Duration;
import java.time.Instant;

import nl.participationsuite.domain.shared.RuleViolationException;

/**
 * How long a person has to answer what the trajectory waits on them for (a vision review, a role
 * agreement, a seat): a whole number of days, {@value #MINIMUM_DAYS} to {@value #MAXIMUM_DAYS},
 * {@value #DEFAULT_DAYS} unless the coordinator sets another. When it has passed, the person is
 * reminded and the coordinator follows up.
 */
public record ResponseTime(int days) {

    public static final int DEFAULT_DAYS = 14;

    public static final int MINIMUM_DAYS = 1;

    public static final int MAXIMUM_DAYS = 90;

    public static final ResponseTime DEFAULT = new ResponseTime(DEFAULT_DAYS);

    public ResponseTime {
        if (days < MINIMUM_DAYS || days > MAXIMUM_DAYS) {
            throw new RuleViolationException("responseDays", "response-days.out-of-range",
                    "the response time is " + MINIMUM_DAYS + " to " + MAXIMUM_DAYS + " days, not " + days);
        }
    }

    /** The due date of an answer asked for at the given moment. */
    public Instant dueFrom(Instant askedAt) {
        return askedAt.plus(Duration.ofDays(days));
    }
}
