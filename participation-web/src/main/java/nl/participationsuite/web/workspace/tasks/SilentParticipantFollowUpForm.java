package nl.participationsuite.web.workspace.tasks;

import jakarta.validation.constraints.NotNull;

import nl.participationsuite.workflow.trajectory.SilentParticipantFollowUpOutcome;
import nl.participationsuite.workflow.trajectory.SilentParticipantFollowUpOutcome.Decision;

/** The coordinator's choice for someone who let the response time pass: ask again, or they step back. */
public record SilentParticipantFollowUpForm(@NotNull Decision decision) {

    public static SilentParticipantFollowUpForm empty() {
        return new SilentParticipantFollowUpForm(null);
    }

    public SilentParticipantFollowUpOutcome toOutcome() {
        return new SilentParticipantFollowUpOutcome(decision);
    }
}
