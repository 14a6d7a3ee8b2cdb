package nl.participationsuite.workflow.success;

import nl.participationsuite.domain.success.VisibilityChannel;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/** How the residents were told about the success. */
public record SuccessVisibilityOutcome(VisibilityChannel channel) implements TaskOutcome {
}
