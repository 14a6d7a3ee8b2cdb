package nl.participationsuite.domain.trajectory;

import java.time.Instant;

/**
 * A trajectory as a row of a list: what it is, where it stands and who coordinates it (by display
 * name), read in one statement without its participants.
 */
public record TrajectorySummary(TrajectoryId id, String reference, String title, String topic, String area,
        TrajectoryKind kind, ParticipationLevel intendedLevel, Phase phase, int cycle, Instant startedAt,
        Instant closedAt, PersonId coordinatorId, String coordinatorName) {
}
