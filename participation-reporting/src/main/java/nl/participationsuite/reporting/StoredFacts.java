package nl.participationsuite.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.reporting.scorecard.TrajectoryFacts;

/**
 * The figures of one trajectory that do not change with time alone: what {@link FactsQueries} computes
 * and {@link ReportFacts} keeps per trajectory. Whatever does change with time is kept as the moments it
 * depends on (the deadlines of unanswered input, the last progress update) and worked out by {@link #at}
 * for the moment of reading, so that a kept row is never out of date by the clock. Counts and moments
 * only: no person, no text.
 *
 * @param firstEntered when the trajectory first entered each phase it reached
 * @param input received, answered and so on; the deadlines of the input not answered yet
 * @param updates progress updates since working together began and the stretches between them
 */
record StoredFacts(Map<Phase, Instant> firstEntered, TrajectoryFacts.Involvement involvement, TrajectoryFacts.Vision vision,
        TrajectoryFacts.Seats seats, InputFigures input, TrajectoryFacts.Successes successes, UpdateFigures updates,
        TrajectoryFacts.Support support, TrajectoryFacts.Checks checks, TrajectoryFacts.Meetings meetings) {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    StoredFacts {
        firstEntered = Map.copyOf(firstEntered);
    }

    /**
     * Resident input: as {@link TrajectoryFacts.Input} without the overdue count, which depends on the
     * moment: the due moments of the unanswered input, in order, count as overdue once they are past.
     */
    record InputFigures(int received, int answered, int answeredOnTime, int escalated, int unanswered,
            List<Instant> unansweredDue, BigDecimal medianDaysToAnswer, BigDecimal p90DaysToAnswer) {

        InputFigures {
            unansweredDue = List.copyOf(unansweredDue);
        }

        static final InputFigures EMPTY = new InputFigures(0, 0, 0, 0, 0, List.of(), null, null);
    }

    /**
     * Progress updates sent since working together began; the longest stretch in seconds between that
     * start and the updates (null: no update yet), and the last of those moments, from which the stretch
     * to the end (the close, or now) runs.
     */
    record UpdateFigures(int sent, BigDecimal longestInnerGapSeconds, Instant lastAt) {

        static final UpdateFigures EMPTY = new UpdateFigures(0, null, null);
    }

    /** The trajectory's facts as they are at {@code now}. */
    TrajectoryFacts at(TrajectoryHead head, Instant now) {
        TrajectoryFacts.Basics basics = new TrajectoryFacts.Basics(head.id(), head.phase(), head.cycle(), head.startedAt(),
                head.closedAt(), head.closedEarly(), head.minimumResidents(), head.minimumChannels(), firstEntered, now);
        Instant end = basics.end();
        int overdue = (int) input.unansweredDue().stream().filter(due -> due.isBefore(end)).count();
        return new TrajectoryFacts(basics, involvement, vision, seats,
                new TrajectoryFacts.Input(input.received(), input.answered(), input.answeredOnTime(), input.escalated(),
                        input.unanswered(), overdue, input.medianDaysToAnswer(), input.p90DaysToAnswer()),
                successes, updates(firstEntered.get(Phase.WORKING_TOGETHER), end), support, checks, meetings);
    }

    /**
     * The longest stretch without a progress update since working together began: between that start
     * and each update, and from the last of them to the end (the close, or now; none when the last update
     * lies past the end).
     */
    private TrajectoryFacts.Updates updates(Instant workingSince, Instant end) {
        if (workingSince == null) {
            return TrajectoryFacts.Updates.EMPTY;
        }
        Instant last = updates.lastAt() == null ? workingSince : updates.lastAt();
        Instant tailEnd = end.isAfter(workingSince) ? end : workingSince;
        BigDecimal tail = tailEnd.isAfter(last) ? seconds(Duration.between(last, tailEnd)) : BigDecimal.ZERO;
        BigDecimal inner = updates.longestInnerGapSeconds();
        BigDecimal longest = inner == null || tail.compareTo(inner) >= 0 ? tail : inner;
        return new TrajectoryFacts.Updates(updates.sent(), longest.divide(SECONDS_PER_DAY, 1, RoundingMode.HALF_UP));
    }

    private static BigDecimal seconds(Duration duration) {
        return BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
    }
}
