package nl.participationsuite.reporting.leadtimes;

import java.math.BigDecimal;
import java.time.Instant;

import nl.participationsuite.domain.trajectory.Phase;

/**
 * One stay of a trajectory in a phase, from the domain's phase transitions (kept for good, whatever the
 * engine's history time-to-live, and free of personal data).
 *
 * @param phase the phase
 * @param cycle the trajectory's cycle it belongs to (working together and evaluation repeat per cycle)
 * @param enteredAt when the trajectory entered it
 * @param leftAt when it moved on; null while it is still in it
 * @param days the length in days (up to now while still in it), one decimal
 */
public record PhaseSpan(Phase phase, int cycle, Instant enteredAt, Instant leftAt, BigDecimal days) {
}
