package nl.participationsuite.reporting.leadtimes;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/** The phases a trajectory went through, in order, and the days it spent in each. */
public record TrajectoryLeadTimes(TrajectoryId trajectoryId, List<PhaseSpan> spans) {

    public TrajectoryLeadTimes {
        spans = List.copyOf(spans);
    }

    /** Days per phase, summed over repeated stays (new cycles), in process order; {@link Phase#CLOSED} left out. */
    public Map<Phase, BigDecimal> daysPerPhase() {
        Map<Phase, BigDecimal> days = new EnumMap<>(Phase.class);
        for (PhaseSpan span : spans) {
            if (span.phase() != Phase.CLOSED) {
                days.merge(span.phase(), span.days(), BigDecimal::add);
            }
        }
        return days;
    }
}
