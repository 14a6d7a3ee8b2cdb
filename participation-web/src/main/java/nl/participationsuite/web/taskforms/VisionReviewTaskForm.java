package nl.participationsuite.web.taskforms;

import org.springframework.stereotype.Component;

import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;

/**
 * Everyone taking part reviews the version of the shared vision put before them: they endorse it,
 * or ask for changes and say which. A resident does it in the portal, a professional in the workspace.
 */
@Component
public class VisionReviewTaskForm extends SimpleTaskFormKind<VisionReviewForm> {

    VisionReviewTaskForm(VisionReviewContext contexts) {
        super(FormKeys.VISION_REVIEW, "visie-beoordelen", VisionReviewForm.class,
                "workspace/tasks/vision-review", VisionReviewForm::empty,
                (task, model) -> contexts.addTo(model, task),
                new PortalView("vision-review", "task.vision-review"));
    }
}
