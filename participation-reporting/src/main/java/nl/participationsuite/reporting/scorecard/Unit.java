package nl.participationsuite.reporting.scorecard;

/** The unit of a {@link Measure}'s value. */
public enum Unit {
    /** A number of things (inputs, meetings, rounds, versions). */
    COUNT,
    /** A number of residents: subject to the small-cell rule in portfolio views. */
    RESIDENTS,
    /** A number of trajectories. */
    TRAJECTORIES,
    /** Days (with one decimal). */
    DAYS,
    /** A share from 0 to 100. */
    PERCENT,
    /** Euros (two decimals). */
    EUROS,
    /** A mean score on the conditions check's scale of 1 to 5, or a difference of such scores. */
    SCORE
}
