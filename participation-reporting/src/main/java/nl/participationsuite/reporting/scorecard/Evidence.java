package nl.participationsuite.reporting.scorecard;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/** Where the records behind a verdict are: a trajectory and the section of its workspace page. */
public record Evidence(TrajectoryId trajectoryId, WorkspaceSection section) {
}
