package nl.participationsuite.web.taskforms;

import org.springframework.stereotype.Component;

import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;

/**
 * The regular check of the conditions for participation: everyone taking part scores each condition
 * and may say why, so that residents' and professionals' views can be compared over time.
 */
@Component
public class ConditionsCheckTaskForm extends SimpleTaskFormKind<ConditionsCheckForm> {

    ConditionsCheckTaskForm(ConditionsCheckContext contexts) {
        super(FormKeys.CONDITIONS_CHECK, "randvoorwaarden", ConditionsCheckForm.class,
                "workspace/tasks/conditions-check", ConditionsCheckForm::empty,
                (task, model) -> contexts.addTo(model, task),
                new PortalView("conditions-check", "task.conditions"));
    }
}
