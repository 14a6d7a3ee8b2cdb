package nl.participationsuite.web.taskforms;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import nl.participationsuite.domain.seats.VoteChoice;
import nl.participationsuite.workflow.seats.VoteOutcome;

/** A seat holder's vote: for, against or abstaining, with an optional comment. Absence is recorded, never cast. */
public record VoteForm(@NotNull VoteChoice choice, @Size(max = VoteForm.MAX_COMMENT)
        String comment) implements TaskForm {

    /** The domain's limit for a vote's comment. */
    static final int MAX_COMMENT = 1000;

    public static final List<VoteChoice> CHOICES = List.of(VoteChoice.FOR, VoteChoice.AGAINST, VoteChoice.ABSTAIN);

    public static VoteForm empty() {
        return new VoteForm(null, null);
    }

    /** Only the three choices on the form are a vote. */
    public void check(Errors errors) {
        if (choice != null && !CHOICES.contains(choice)) {
            errors.rejectValue("choice", "task.vote.choice.cast");
        }
    }

    public VoteOutcome toOutcome() {
        return new VoteOutcome(choice, comment);
    }
}
