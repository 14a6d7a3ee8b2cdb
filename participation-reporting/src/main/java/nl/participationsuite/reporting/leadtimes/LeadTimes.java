package nl.participationsuite.reporting.leadtimes;

import java.util.List;

/** Lead times over a portfolio: one row per phase in process order (closed left out). */
public record LeadTimes(List<PhaseStatistics> phases) {

    public LeadTimes {
        phases = List.copyOf(phases);
    }
}
