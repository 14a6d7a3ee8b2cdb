package nl.participationsuite.web.workspace.tasks;

import org.springframework.stereotype.Component;

import nl.participationsuite.web.taskforms.SimpleTaskFormKind;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;

/**
 * Recording the motivation conversation with a resident: what gives them energy, how much time
 * they want to give and when, how they want to take part and what support they need. The page
 * shows what the resident filled in earlier, so the conversation builds on it.
 */
@Component
class MotivationTaskForm extends SimpleTaskFormKind<MotivationForm> {

    MotivationTaskForm(MotivationContext contexts) {
        super(FormKeys.MOTIVATION, "motivatie", MotivationForm.class, "workspace/tasks/motivation", MotivationForm::empty,
                (task, model) -> {
                    model.addAttribute("conversation", contexts.load(task));
                    model.addAttribute("energySources", MotivationForm.ENERGY_SOURCES);
                    model.addAttribute("involvementKinds", MotivationForm.INVOLVEMENT_KINDS);
                    model.addAttribute("preferredTimes", MotivationForm.PREFERRED_TIMES);
                });
    }
}
