package nl.participationsuite.reporting.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import nl.participationsuite.domain.conditions.Condition;
import nl.participationsuite.domain.trajectory.OrganisationId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.reporting.scorecard.Verdict;

/**
 * One trajectory in a portfolio list: what it is, where it stands, its verdict per condition (in the
 * handbook's order) and its days per phase. No people, no counts of residents.
 */
public record TrajectoryRow(TrajectoryId id, String reference, String title, OrganisationId organisationId,
        String organisation, TrajectoryKind kind, ParticipationLevel level, Phase phase, int cycle, Instant startedAt,
        Instant closedAt, boolean closedEarly, Map<Condition, Verdict> verdicts, Map<Phase, BigDecimal> daysPerPhase) {

    public TrajectoryRow {
        verdicts = Map.copyOf(verdicts);
        daysPerPhase = Map.copyOf(daysPerPhase);
    }
}
