package nl.participationsuite.workflow.input;

import nl.participationsuite.domain.input.AnswerDelivery;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * What happened with the input ({@code ADOPTED}, {@code NOT_ADOPTED} or {@code PARTLY_ADOPTED}), the
 * feedback the resident reads, and how it reaches them ({@code passedOn}): null for the portal, which
 * only a resident with a portal account reads; for a resident without one, how it was passed on.
 */
public record InputResponseOutcome(InputStatus status, String feedback, AnswerDelivery passedOn) implements TaskOutcome {

    /** An answer the resident reads in the portal. */
    public InputResponseOutcome(InputStatus status, String feedback) {
        this(status, feedback, null);
    }
}
