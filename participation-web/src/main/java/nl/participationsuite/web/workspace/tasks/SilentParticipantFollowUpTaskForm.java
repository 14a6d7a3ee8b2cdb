package nl.participationsuite.web.workspace.tasks;

import org.springframework.stereotype.Component;

import nl.participationsuite.web.taskforms.SimpleTaskFormKind;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;

/**
 * The coordinator follows up on someone who let the response time pass (a vision review, a role
 * agreement, a seat): ask again, with a new due date, or record that the resident steps back so
 * that the others go on without them.
 */
@Component
class SilentParticipantFollowUpTaskForm extends SimpleTaskFormKind<SilentParticipantFollowUpForm> {

    SilentParticipantFollowUpTaskForm(SilentParticipantFollowUpContext contexts) {
        super(FormKeys.SILENT_PARTICIPANT_FOLLOW_UP, "stille-deelnemer-opvolgen", SilentParticipantFollowUpForm.class,
                "workspace/tasks/silent-participant-follow-up", SilentParticipantFollowUpForm::empty,
                (task, model) -> contexts.addTo(model, task));
    }
}
