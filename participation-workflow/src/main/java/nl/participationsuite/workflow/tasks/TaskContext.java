package nl.participationsuite.workflow.tasks;

import java.util.Map;

import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * The task being completed, as an outcome handler needs it: its trajectory, who completes it and
 * the variables the process gave it (e.g. which input or which reviewer).
 */
public record TaskContext(String taskId, String taskDefinitionKey, TrajectoryId trajectoryId, PersonId actor,
        Map<String, Object> variables) {

    /** A variable the process gave the task, as a string; refused when missing. */
    public String variable(String name) {
        Object value = variables.get(name);
        if (value == null) {
            throw new IllegalStateException("task " + taskDefinitionKey + " has no variable " + name);
        }
        return value.toString();
    }
}
