package nl.participationsuite.reporting.leadtimes;

import java.math.BigDecimal;

import nl.participationsuite.domain.trajectory.Phase;

/**
 * A phase over a portfolio: the days the trajectories spent in it (summed per trajectory over repeated
 * stays), counting only trajectories that have left it, so that a phase still running does not pull
 * the figures down. Median and p90 are null when no trajectory has left the phase yet.
 *
 * @param phase the phase
 * @param trajectories how many trajectories left the phase (the n behind the figures)
 * @param stillIn how many are in it now
 * @param medianDays the median of their days in the phase
 * @param p90Days the 90th percentile
 */
public record PhaseStatistics(Phase phase, int trajectories, int stillIn, BigDecimal medianDays, BigDecimal p90Days) {
}
