package nl.participationsuite.domain.seats;

import java.time.Instant;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * A closed decision round as every participant may see it: what was decided, when, how many seat
 * holders voted each way or were absent (never who voted how), and what was done with the decision
 * ({@code followUp}, null while nothing was recorded).
 */
public record DecidedRound(TrajectoryId trajectoryId, String title, RoundOutcome outcome, Instant closedAt,
        long votesFor, long votesAgainst, long abstentions, long absent, String followUp) {

    /** A decided round of which nothing was recorded yet about what was done with it. */
    public DecidedRound(TrajectoryId trajectoryId, String title, RoundOutcome outcome, Instant closedAt, long votesFor,
            long votesAgainst, long abstentions, long absent) {
        this(trajectoryId, title, outcome, closedAt, votesFor, votesAgainst, abstentions, absent, null);
    }
}
