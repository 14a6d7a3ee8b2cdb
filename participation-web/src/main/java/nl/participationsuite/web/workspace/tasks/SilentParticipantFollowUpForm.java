package nl.participationsuite.web.workspace.tasks;

import nl.participationsuite.web.taskforms.TaskForm;

import jakarta.validation.constraints.NotNull;

import nl.participationsuite.workflow.trajectory.SilentParticipantFollowUpOutcome;
import nl.participationsuite.workflow.trajectory.SilentParticipantFollowUpOutcome.Decision;

/** The coordinator's choice for someone who let the response time pass: ask again, or they step back. */
public record SilentParticipantFollowUpForm(@NotNull Decision decision) implements TaskForm {

    public static SilentParticipantFollowUpForm empty() {
        return new SilentParticipantFollowUpForm(null);
    }

    public SilentParticipantFollowUpOutcome toOutcome() {
        return new SilentParticipantFollowUpOutcome(decision);
    }
}
