package nl.participationsuite.web.taskforms;

import org.springframework.stereotype.Component;

import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;

/**
 * A participant offered a seat in the steering group takes it or declines it, with the term and
 * what the seat asks on the page. A resident does it in the portal, a professional in the workspace.
 */
@Component
public class SeatAcceptanceTaskForm extends SimpleTaskFormKind<SeatAcceptanceForm> {

    SeatAcceptanceTaskForm(SeatAcceptanceContext contexts) {
        super(FormKeys.SEAT_ACCEPTANCE, "zetel-aanvaarden", SeatAcceptanceForm.class,
                "workspace/tasks/seat-acceptance", SeatAcceptanceForm::empty,
                (task, model) -> contexts.addTo(model, task),
                new PortalView("seat-acceptance", "task.seat-acceptance"));
    }
}
