package nl.participationsuite.domain.trajectory;

/** The phases of a trajectory, in the order the process goes through them (DESIGN.md §4). */
public enum Phase {
    EARLY_INVOLVEMENT, MOTIVATION, SHARED_VISION, ROLE_AGREEMENTS, DECISION_SEATS, WORKING_TOGETHER, EVALUATION, CLOSED
}
