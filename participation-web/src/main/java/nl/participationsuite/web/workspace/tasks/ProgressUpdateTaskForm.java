package nl.participationsuite.web.workspace.tasks;

import org.springframework.stereotype.Component;

import nl.participationsuite.web.taskforms.SimpleTaskFormKind;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;

/**
 * The coordinator tells the residents where the trajectory stands, in plain words, and records how
 * the message reached them. The page shows the last updates, so the new one follows on from them.
 */
@Component
class ProgressUpdateTaskForm extends SimpleTaskFormKind<ProgressUpdateForm> {

    ProgressUpdateTaskForm(ProgressUpdateContext contexts) {
        super(FormKeys.PROGRESS_UPDATE, "voortgangsbericht", ProgressUpdateForm.class, "workspace/tasks/progress-update",
                ProgressUpdateForm::empty, (task, model) -> {
                    model.addAttribute("updates", contexts.load(task));
                    model.addAttribute("channels", ProgressUpdateForm.CHANNELS);
                });
    }
}
