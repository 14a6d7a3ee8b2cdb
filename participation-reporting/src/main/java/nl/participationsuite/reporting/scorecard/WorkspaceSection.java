package nl.participationsuite.reporting.scorecard;

/**
 * A section of a trajectory's workspace page ({@code /werkruimte/trajecten/{id}}) where the evidence
 * for a figure is kept. The pages turn it into a link; the report model holds no URLs.
 */
public enum WorkspaceSection {
    PHASES, PARTICIPANTS, RECRUITMENT, MOTIVATION, VISION, ROLES, STEERING_GROUP, DECISION_ROUNDS, INPUT,
    SUCCESSES, PROGRESS_UPDATES, SUPPORT, MEETINGS, CONDITIONS
}
