package nl.participationsuite.web.workspace.tasks;

import nl.participationsuite.web.taskforms.TaskForm;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.trajectory.UpdateChannel;
import nl.participationsuite.workflow.trajectory.ProgressUpdateOutcome;

/** The progress update the coordinator sent the residents, and how it reached them. */
public record ProgressUpdateForm(@NotBlank @Size(max = ProgressUpdateForm.MAX_MESSAGE) String message,
        @NotNull UpdateChannel channel) implements TaskForm {

    /** The domain's limit for a message. */
    static final int MAX_MESSAGE = 4000;

    public static final List<UpdateChannel> CHANNELS = List.of(UpdateChannel.values());

    public static ProgressUpdateForm empty() {
        return new ProgressUpdateForm(null, null);
    }

    public ProgressUpdateOutcome toOutcome() {
        return new ProgressUpdateOutcome(message, channel);
    }
}
