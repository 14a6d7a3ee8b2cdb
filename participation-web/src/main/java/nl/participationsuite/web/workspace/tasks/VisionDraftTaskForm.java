package nl.participationsuite.web.workspace.tasks;

import org.springframework.stereotype.Component;

import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * The coordinator writes the first version of the shared vision: the goal, what each party
 * expects and when the trajectory is a success. Completing the task puts it out for review by
 * everyone taking part.
 */
@Component
class VisionDraftTaskForm extends VisionTaskForm {

    VisionDraftTaskForm(TrajectoryService trajectories, TaskParticipants participants) {
        super(trajectories, participants);
    }

    @Override
    public String formKey() {
        return FormKeys.VISION_DRAFT;
    }

    @Override
    public String path() {
        return "visie-opstellen";
    }

    @Override
    public String view() {
        return "workspace/tasks/vision-draft";
    }

    @Override
    VisionForm start(TaskContext task) {
        return VisionForm.empty();
    }

    @Override
    TaskOutcome outcome(VisionForm filled) {
        return filled.toDraftOutcome();
    }
}
