package nl.participationsuite.workflow.trajectory;

import nl.participationsuite.workflow.tasks.TaskOutcome;

/** The coordinator ends working together; the trajectory moves on to its evaluation. */
public record WorkingPhaseCloseOutcome() implements TaskOutcome {
}
