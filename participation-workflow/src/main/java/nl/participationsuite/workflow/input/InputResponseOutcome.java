package nl.participationsuite.workflow.input;

import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * What happened with the input ({@code ADOPTED}, {@code NOT_ADOPTED} or {@code PARTLY_ADOPTED}) and
 * the feedback the resident reads.
 */
public record InputResponseOutcome(InputStatus status, String feedback) implements TaskOutcome {
}
