package nl.participationsuite.domain.trajectory;

/**
 * What a list row shows of a trajectory it refers to: its id, reference and title, read without
 * loading the trajectory and its participants.
 */
public record TrajectoryHeading(TrajectoryId id, String reference, String title) {
}
