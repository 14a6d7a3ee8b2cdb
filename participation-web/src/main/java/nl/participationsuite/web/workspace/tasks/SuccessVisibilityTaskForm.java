package nl.participationsuite.web.workspace.tasks;

import org.springframework.stereotype.Component;

import nl.participationsuite.web.taskforms.SimpleTaskFormKind;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;

/**
 * A success only motivates residents once they hear of it: the professional records how they were
 * told. The page shows the success itself (what, which kind, when).
 */
@Component
class SuccessVisibilityTaskForm extends SimpleTaskFormKind<SuccessVisibilityForm> {

    SuccessVisibilityTaskForm(SuccessVisibilityContext contexts) {
        super(FormKeys.SUCCESS_VISIBILITY, "succes-zichtbaar-maken", SuccessVisibilityForm.class,
                "workspace/tasks/success-visibility", SuccessVisibilityForm::empty, (task, model) -> {
                    model.addAttribute("success", contexts.load(task));
                    model.addAttribute("channels", SuccessVisibilityForm.CHANNELS);
                });
    }
}
