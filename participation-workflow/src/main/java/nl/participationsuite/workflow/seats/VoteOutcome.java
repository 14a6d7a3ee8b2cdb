package nl.participationsuite.workflow.seats;

import nl.participationsuite.domain.seats.VoteChoice;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/** A seat holder's vote on the round's proposal: for, against or abstaining, with an optional comment. */
public record VoteOutcome(VoteChoice choice, String comment) implements TaskOutcome {
}
