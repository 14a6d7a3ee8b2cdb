package nl.participationsuite.workflow.seats;

import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * A resident seat holder's answer to their seat. A comment goes with a decline only, and only
 * once the domain can keep it (see the handler): until then it is refused rather than lost.
 */
public record SeatAcceptanceOutcome(Answer answer, String comment) implements TaskOutcome {

    /** Taking the seat, or leaving it to someone else. */
    public enum Answer {
        ACCEPT, DECLINE
    }
}
