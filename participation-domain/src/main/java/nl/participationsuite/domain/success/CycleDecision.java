package nl.participationsuite.domain.success;

/** What the evaluation decides: close the trajectory or work together for another cycle. */
public enum CycleDecision {
    CLOSE, NEW_CYCLE
}
