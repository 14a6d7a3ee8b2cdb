package nl.participationsuite.workflow.involvement;

import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * The coordinator thinks enough residents are involved and asks for the gate to be checked. The
 * networks and recruitments themselves are recorded as they happen, not in this task.
 */
public record RecruitmentOutcome() implements TaskOutcome {
}
