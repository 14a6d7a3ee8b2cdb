package nl.participationsuite.web.workspace.tasks;

import org.springframework.stereotype.Component;

import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.web.taskforms.SimpleTaskFormKind;
import nl.participationsuite.web.taskforms.TaskForm;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.involvement.RecruitmentOutcome;

/**
 * The coordinator says enough residents are involved and asks for the check. The page shows how
 * far the recruitment is against the trajectory's thresholds and the networks mapped so far;
 * networks and residents themselves are added on their own pages as they come.
 */
@Component
class RecruitmentTaskForm extends SimpleTaskFormKind<RecruitmentTaskForm.CheckForm> {

    /** Asking for the check has nothing to fill in: the page is the check. */
    record CheckForm() implements TaskForm {

        @Override
        public RecruitmentOutcome toOutcome() {
            return new RecruitmentOutcome();
        }
    }

    RecruitmentTaskForm(InvolvementService involvement) {
        super(FormKeys.RECRUITMENT, "werving", CheckForm.class, "workspace/tasks/recruitment", CheckForm::new,
                (task, model) -> {
                    model.addAttribute("status", involvement.status(task.trajectoryId()));
                    model.addAttribute("networks", involvement.networks(task.trajectoryId()));
                });
    }
}
