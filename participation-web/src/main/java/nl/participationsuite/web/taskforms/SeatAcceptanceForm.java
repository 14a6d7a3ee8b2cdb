package nl.participationsuite.web.taskforms;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import nl.participationsuite.workflow.seats.SeatAcceptanceOutcome;
import nl.participationsuite.workflow.seats.SeatAcceptanceOutcome.Answer;

/**
 * Taking the seat or declining it. The domain keeps a reason with a decline (optional, at most
 * {@value #MAX_COMMENT} characters) and nothing with an acceptance, so a comment with an
 * acceptance is refused rather than silently dropped.
 */
public record SeatAcceptanceForm(@NotNull Answer answer, @Size(max = SeatAcceptanceForm.MAX_COMMENT)
        String comment) implements TaskForm {

    /** The domain's limit for the reason of a decline. */
    static final int MAX_COMMENT = 1000;

    public static final List<Answer> ANSWERS = List.of(Answer.values());

    public static SeatAcceptanceForm empty() {
        return new SeatAcceptanceForm(null, null);
    }

    /** The rule between the fields: a comment goes with a decline only. */
    public void check(Errors errors) {
        if (answer == Answer.ACCEPT && comment != null && !comment.isBlank() && !errors.hasFieldErrors("comment")) {
            errors.rejectValue("comment", "task.seat-acceptance.comment.not-kept");
        }
    }

    public SeatAcceptanceOutcome toOutcome() {
        return new SeatAcceptanceOutcome(answer, answer == Answer.DECLINE ? comment : null);
    }
}
