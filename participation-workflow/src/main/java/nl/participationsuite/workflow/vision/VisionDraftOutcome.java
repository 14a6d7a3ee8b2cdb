package nl.participationsuite.workflow.vision;

import java.util.List;

import nl.participationsuite.domain.vision.VisionContent;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * The coordinator's first version of the shared vision: the goal, what each party expects and the
 * definition of success as measurable criteria. Completing the task puts it out for review.
 */
public record VisionDraftOutcome(String sharedGoal, List<VisionContent.Expectation> expectations,
        List<VisionContent.Criterion> successCriteria) implements TaskOutcome {

    VisionContent content() {
        return new VisionContent(sharedGoal, expectations, successCriteria);
    }
}
