package nl.participationsuite.web.workspace.tasks;

import nl.participationsuite.web.taskforms.TaskForm;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import nl.participationsuite.domain.success.VisibilityChannel;
import nl.participationsuite.workflow.success.SuccessVisibilityOutcome;

/** How the residents were told about the success. */
public record SuccessVisibilityForm(@NotNull VisibilityChannel channel) implements TaskForm {

    public static final List<VisibilityChannel> CHANNELS = List.of(VisibilityChannel.values());

    public static SuccessVisibilityForm empty() {
        return new SuccessVisibilityForm(null);
    }

    public SuccessVisibilityOutcome toOutcome() {
        return new SuccessVisibilityOutcome(channel);
    }
}
