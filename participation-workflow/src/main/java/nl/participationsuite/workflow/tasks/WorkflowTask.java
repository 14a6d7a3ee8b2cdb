package nl.participationsuite.workflow.tasks;

import java.time.Instant;

import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * A task as the workspace and the portal show it.
 *
 * @param assignee the person the task is assigned to, or null while it is open to a group
 * @param due when it should be done, or null
 */
public record WorkflowTask(String id, String definitionKey, String name, String formKey, TrajectoryId trajectoryId,
        PersonId assignee, Instant created, Instant due) {

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}
