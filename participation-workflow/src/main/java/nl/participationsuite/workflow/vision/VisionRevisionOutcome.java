package nl.participationsuite.workflow.vision;

import java.util.List;

import nl.participationsuite.domain.vision.VisionContent;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * The coordinator's revision after change requests: the whole content of the next version, which
 * goes out for a new review round.
 */
public record VisionRevisionOutcome(String sharedGoal, List<VisionContent.Expectation> expectations,
        List<VisionContent.Criterion> successCriteria) implements TaskOutcome {

    VisionContent content() {
        return new VisionContent(sharedGoal, expectations, successCriteria);
    }
}
