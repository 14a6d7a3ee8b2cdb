package nl.participationsuite.workflow.vision;

import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/** A reviewer endorses the version under review, or asks for a change and says which (the comment is then required). */
public record VisionReviewOutcome(ReviewVerdict verdict, String comment) implements TaskOutcome {
}
