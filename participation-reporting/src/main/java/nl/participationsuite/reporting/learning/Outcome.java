package nl.participationsuite.reporting.learning;

import java.math.BigDecimal;

/**
 * One outcome over a group of trajectories: the mean share (0–100) over the trajectories for which it
 * can be told, and how many those are ({@code n}); the share is null when n is 0.
 */
public record Outcome(BigDecimal percent, int n) {
}
