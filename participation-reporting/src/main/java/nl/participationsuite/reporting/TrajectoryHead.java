package nl.participationsuite.reporting;

import static nl.participationsuite.reporting.FactsQueries.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * What a trajectory is, read from its own row whenever a report is made (never kept with its
 * {@link StoredFacts}): phase and cycle, start and close, and its own thresholds of the early-involvement gate.
 */
record TrajectoryHead(TrajectoryId id, Phase phase, int cycle, Instant startedAt, Instant closedAt, boolean closedEarly,
        int minimumResidents, int minimumChannels) {

    private static final List<String> COLUMN_LIST = List.of("t.id", "t.phase", "t.cycle", "t.started_at", "t.closed_at",
            "t.closed_early_reason is not null as closed_early", "t.minimum_residents", "t.minimum_channels");

    /** The columns {@link #of} reads, of {@code trajectory t}, in its order. */
    static final String COLUMNS = String.join(", ", COLUMN_LIST);

    /** How many columns {@link #COLUMNS} holds. */
    static final int COLUMN_COUNT = COLUMN_LIST.size();

    /** The head from a row that starts with {@link #COLUMNS}, read by position. */
    static TrajectoryHead of(ResultSet rs) throws SQLException {
        return new TrajectoryHead(new TrajectoryId(rs.getObject(1, UUID.class)), Phase.valueOf(rs.getString(2)),
                rs.getInt(3), instant(rs, 4), instant(rs, 5), rs.getBoolean(6), rs.getInt(7), rs.getInt(8));
    }
}
