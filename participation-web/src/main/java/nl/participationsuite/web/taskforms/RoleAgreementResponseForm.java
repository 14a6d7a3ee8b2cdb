package nl.participationsuite.web.taskforms;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import nl.participationsuite.workflow.roles.RoleAgreementResponseOutcome;
import nl.participationsuite.workflow.roles.RoleAgreementResponseOutcome.Answer;

/**
 * The answer to a proposed role agreement. Asking to renegotiate says what should change (the
 * domain requires it); accepting keeps no comment, so a comment with an acceptance is refused
 * rather than silently dropped.
 */
public record RoleAgreementResponseForm(@NotNull Answer answer,
        @Size(max = RoleAgreementResponseForm.MAX_COMMENT) String comment) implements TaskForm {

    /** The domain's limit for a renegotiation comment. */
    static final int MAX_COMMENT = 2000;

    public static final List<Answer> ANSWERS = List.of(Answer.values());

    public static RoleAgreementResponseForm empty() {
        return new RoleAgreementResponseForm(null, null);
    }

    /** The rules between the fields: a comment goes with, and only with, a request to renegotiate. */
    public void check(Errors errors) {
        if (errors.hasFieldErrors("comment")) {
            return;
        }
        boolean commented = comment != null && !comment.isBlank();
        if (answer == Answer.RENEGOTIATE && !commented) {
            errors.rejectValue("comment", "task.role-response.comment.required");
        }
        if (answer == Answer.ACCEPT && commented) {
            errors.rejectValue("comment", "task.role-response.comment.not-kept");
        }
    }

    public RoleAgreementResponseOutcome toOutcome() {
        return new RoleAgreementResponseOutcome(answer, answer == Answer.RENEGOTIATE ? comment : null);
    }
}
