package nl.participationsuite.domain.seats;

import java.time.Instant;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * A closed decision round as every participant may see it: what was decided, when, and how many
 * seat holders voted each way or were absent; never who voted how.
 */
public record DecidedRound(TrajectoryId trajectoryId, String title, RoundOutcome outcome, Instant closedAt,
        long votesFor, long votesAgainst, long abstentions, long absent) {
}
