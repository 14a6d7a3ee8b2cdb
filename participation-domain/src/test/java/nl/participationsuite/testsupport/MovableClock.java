package nl.participationsuite.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A clock the tests move forward, so that deadlines can pass without waiting. It starts at the
 * real time, truncated to milliseconds (PostgreSQL keeps microseconds), and only moves forward.
 */
public class MovableClock extends Clock {

    private final ZoneId zone;

    private volatile Instant now;

    public MovableClock(ZoneId zone) {
        this.zone = zone;
        this.now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        throw new UnsupportedOperationException("the movable clock has one zone");
    }
}
