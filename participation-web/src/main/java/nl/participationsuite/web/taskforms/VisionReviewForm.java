package nl.participationsuite.web.taskforms;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.workflow.vision.VisionReviewOutcome;

/**
 * A review of the version under review: endorse it, or ask for a change and say which (then the
 * comment is required, as the domain requires it).
 */
public record VisionReviewForm(@NotNull ReviewVerdict verdict,
        @Size(max = VisionReviewForm.MAX_COMMENT) String comment) implements TaskForm {

    /** The domain's limit for a review comment. */
    static final int MAX_COMMENT = 2000;

    public static final List<ReviewVerdict> VERDICTS = List.of(ReviewVerdict.ENDORSED, ReviewVerdict.CHANGE_REQUESTED);

    public static VisionReviewForm empty() {
        return new VisionReviewForm(null, null);
    }

    /** The rule between the fields: a change request says what should change. */
    public void check(Errors errors) {
        if (verdict == ReviewVerdict.CHANGE_REQUESTED && (comment == null || comment.isBlank())
                && !errors.hasFieldErrors("comment")) {
            errors.rejectValue("comment", "task.vision-review.comment.required");
        }
    }

    public VisionReviewOutcome toOutcome() {
        return new VisionReviewOutcome(verdict, comment);
    }
}
