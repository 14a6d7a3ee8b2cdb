package nl.participationsuite.reporting.scorecard;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/** Hand-built {@link TrajectoryFacts} for tests (each change gives a new value): a trajectory started on {@link #START}, read {@code days} later. */
public final class Facts {

    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    private final TrajectoryFacts facts;

    private Facts(TrajectoryFacts facts) {
        this.facts = facts;
    }

    /** A trajectory in early involvement, read {@code days} after its start, with the handbook's minimums (5 residents, 2 channels). */
    public static Facts startedDaysAgo(int days) {
        return new Facts(new TrajectoryFacts(
                new TrajectoryFacts.Basics(TrajectoryId.random(), Phase.EARLY_INVOLVEMENT, 1, START, null, false, 5, 2,
                        Map.of(Phase.EARLY_INVOLVEMENT, START), day(days)),
                TrajectoryFacts.Involvement.EMPTY, TrajectoryFacts.Vision.EMPTY, TrajectoryFacts.Seats.EMPTY,
                TrajectoryFacts.Input.EMPTY, TrajectoryFacts.Successes.EMPTY, TrajectoryFacts.Updates.EMPTY,
                TrajectoryFacts.Support.EMPTY, TrajectoryFacts.Checks.EMPTY, TrajectoryFacts.Meetings.EMPTY));
    }

    public static Instant day(int days) {
        return START.plus(Duration.ofDays(days));
    }

    /** The trajectory went through the phases up to {@code phase}, entering the i-th on the given day. */
    public Facts phases(Phase phase, int... enteredOnDay) {
        Map<Phase, Instant> entered = new EnumMap<>(Phase.class);
        entered.put(Phase.EARLY_INVOLVEMENT, START);
        for (int i = 0; i < enteredOnDay.length; i++) {
            entered.put(Phase.values()[i + 1], day(enteredOnDay[i]));
        }
        TrajectoryFacts.Basics b = facts.basics();
        return new Facts(new TrajectoryFacts(new TrajectoryFacts.Basics(b.id(), phase, b.cycle(), b.startedAt(),
                phase == Phase.CLOSED ? b.now() : null, b.closedEarly(), b.minimumResidents(), b.minimumChannels(),
                entered, b.now()), facts.involvement(), facts.vision(), facts.seats(), facts.input(), facts.successes(),
                facts.updates(), facts.support(), facts.checks(), facts.meetings()));
    }

    /** Closed early on the day it was read, in whatever phase it had reached. */
    public Facts closedEarly() {
        TrajectoryFacts.Basics b = facts.basics();
        return new Facts(new TrajectoryFacts(new TrajectoryFacts.Basics(b.id(), Phase.CLOSED, b.cycle(), b.startedAt(), b.now(), true,
                b.minimumResidents(), b.minimumChannels(), b.firstEntered(), b.now()), facts.involvement(), facts.vision(),
                facts.seats(), facts.input(), facts.successes(), facts.updates(), facts.support(), facts.checks(),
                facts.meetings()));
    }

    public Facts involvement(int beforeVision, int channels, int residents, int steppedBack, int withMotivation) {
        return with(new TrajectoryFacts.Involvement(beforeVision, channels, residents, steppedBack, withMotivation, Map.of()));
    }

    public Facts with(Object group) {
        TrajectoryFacts f = facts;
        return new Facts(new TrajectoryFacts(f.basics(),
                group instanceof TrajectoryFacts.Involvement g ? g : f.involvement(),
                group instanceof TrajectoryFacts.Vision g ? g : f.vision(),
                group instanceof TrajectoryFacts.Seats g ? g : f.seats(),
                group instanceof TrajectoryFacts.Input g ? g : f.input(),
                group instanceof TrajectoryFacts.Successes g ? g : f.successes(),
                group instanceof TrajectoryFacts.Updates g ? g : f.updates(),
                group instanceof TrajectoryFacts.Support g ? g : f.support(),
                group instanceof TrajectoryFacts.Checks g ? g : f.checks(),
                group instanceof TrajectoryFacts.Meetings g ? g : f.meetings()));
    }

    public TrajectoryFacts build() {
        return facts;
    }

    public static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
