package nl.participationsuite.reporting.portfolio;

/**
 * A number of trajectories under a key: a phase, kind or level name, a year, or an organisation (then
 * {@code key} is its id and {@code label} its name; otherwise the label is the key).
 */
public record Count(String key, String label, int trajectories) {
}
