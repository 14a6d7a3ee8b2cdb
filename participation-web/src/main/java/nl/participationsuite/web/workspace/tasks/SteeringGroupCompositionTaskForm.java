package nl.participationsuite.web.workspace.tasks;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.seats.SeatCompositionCheck;
import nl.participationsuite.workflow.seats.SeatCompositionOutcome;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * The coordinator composes the steering group: who gets a seat, for which term, and which
 * backgrounds the resident seat holders bring. The seat rules' verdict can be checked before saving;
 * a composition that breaks them is saved only with a written justification.
 */
@Component
class SteeringGroupCompositionTaskForm extends SteeringGroupTaskForm {

    SteeringGroupCompositionTaskForm(TrajectoryService trajectories, SteeringGroupService steeringGroups,
            SeatCompositionCheck check, People people, Clock clock) {
        super(trajectories, steeringGroups, check, people, clock);
    }

    @Override
    public String formKey() {
        return FormKeys.SEAT_COMPOSITION;
    }

    @Override
    public String path() {
        return "stuurgroep-samenstellen";
    }

    @Override
    public String view() {
        return "workspace/tasks/steering-group-composition";
    }

    @Override
    boolean seatsRequired() {
        return true;
    }

    @Override
    TaskOutcome outcome(List<SeatAssignment> assignments, String justification) {
        return new SeatCompositionOutcome(assignments, justification);
    }
}
