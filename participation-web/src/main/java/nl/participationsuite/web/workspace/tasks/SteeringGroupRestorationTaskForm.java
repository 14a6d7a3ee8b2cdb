package nl.participationsuite.web.workspace.tasks;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.participationsuite.domain.seats.SeatAssignment;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.seats.SeatCompositionCheck;
import nl.participationsuite.workflow.seats.SeatRestorationOutcome;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * Someone stepped back and the steering group no longer meets the seat rules: the page says who,
 * which seats remain and which rules are broken now; the coordinator adds seats for participants
 * without one, and justifies in writing what the new composition still breaks.
 */
@Component
class SteeringGroupRestorationTaskForm extends SteeringGroupTaskForm {

    SteeringGroupRestorationTaskForm(TrajectoryService trajectories, SteeringGroupService steeringGroups,
            SeatCompositionCheck check, People people, Clock clock) {
        super(trajectories, steeringGroups, check, people, clock);
    }

    @Override
    public String formKey() {
        return FormKeys.SEAT_RESTORATION;
    }

    @Override
    public String path() {
        return "stuurgroep-herstellen";
    }

    @Override
    public String view() {
        return "workspace/tasks/steering-group-restoration";
    }

    @Override
    boolean seatsRequired() {
        return false;
    }

    @Override
    TaskOutcome outcome(List<SeatAssignment> assignments, String justification) {
        return new SeatRestorationOutcome(assignments, justification);
    }

    @Override
    public void addContext(TaskContext task, Model model) {
        super.addContext(task, model);
        model.addAttribute("steppedBack", nameOf(task, ParticipantId.of(task.variable(VariableNames.PARTICIPANT_ID))));
        model.addAttribute("verdictNow", verdictNow(task));
    }
}
