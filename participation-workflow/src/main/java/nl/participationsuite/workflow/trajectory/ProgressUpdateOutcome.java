package nl.participationsuite.workflow.trajectory;

import nl.participationsuite.domain.trajectory.UpdateChannel;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/** The progress update the coordinator sent to the residents, and how. */
public record ProgressUpdateOutcome(String message, UpdateChannel channel) implements TaskOutcome {
}
