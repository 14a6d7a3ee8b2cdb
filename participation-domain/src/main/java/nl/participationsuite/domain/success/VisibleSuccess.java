package nl.participationsuite.domain.success;

import java.time.Instant;
import java.time.LocalDate;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/** A success made visible to residents, as a list shows it: without its links to input and criteria. */
public record VisibleSuccess(TrajectoryId trajectoryId, String title, String description, LocalDate achievedOn,
        Instant visibleAt) {
}
