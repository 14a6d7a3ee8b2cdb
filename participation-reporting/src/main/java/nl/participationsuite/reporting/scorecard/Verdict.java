package nl.participationsuite.reporting.scorecard;

/** How a trajectory does on one of the handbook's conditions. */
public enum Verdict {
    /** The measures reach the condition's thresholds. */
    MET,
    /** Close: some but not all thresholds reached, or reached late. */
    AT_RISK,
    /** The measures fall short of the condition's thresholds. */
    NOT_MET,
    /** The trajectory has not yet reached the point where the condition can be measured (e.g. no input yet). */
    NOT_YET_MEASURABLE
}
