package nl.participationsuite.workflow.trajectory;

import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * The coordinator's follow-up on someone who let the response time pass: ask again (a new due date,
 * their task stays open) or record that the person steps back (a resident only; their task is then
 * withdrawn and the others go on without them).
 */
public record SilentParticipantFollowUpOutcome(Decision decision) implements TaskOutcome {

    public enum Decision {
        ASK_AGAIN, STEP_BACK
    }
}
