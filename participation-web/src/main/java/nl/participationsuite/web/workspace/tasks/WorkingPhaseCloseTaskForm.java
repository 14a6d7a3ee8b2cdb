package nl.participationsuite.web.workspace.tasks;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;

import org.springframework.stereotype.Component;

import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.web.taskforms.SimpleTaskFormKind;
import nl.participationsuite.web.taskforms.TaskForm;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.trajectory.WorkingPhaseCloseOutcome;

/**
 * The coordinator ends working together and moves the trajectory on to its evaluation. The page
 * says what stays open (input still to be answered keeps its task) and asks for an explicit
 * confirmation, because this step cannot be undone.
 */
@Component
class WorkingPhaseCloseTaskForm extends SimpleTaskFormKind<WorkingPhaseCloseTaskForm.CloseForm> {

    /** Ending working together must be confirmed explicitly. */
    record CloseForm(Boolean confirmed) implements TaskForm {

        @AssertTrue
        public boolean isConfirmed() {
            return Boolean.TRUE.equals(confirmed);
        }

        @Override
        public WorkingPhaseCloseOutcome toOutcome() {
            return new WorkingPhaseCloseOutcome();
        }
    }

    WorkingPhaseCloseTaskForm(InputService inputs, SuccessService successes) {
        super(FormKeys.WORKING_PHASE_CLOSE, "samenwerking-afronden", CloseForm.class, "workspace/tasks/working-phase-close",
                () -> new CloseForm(null), (task, model) -> {
                    List<ResidentInput> all = inputs.ofTrajectory(task.trajectoryId());
                    model.addAttribute("inputsTotal", all.size());
                    model.addAttribute("inputsOpen", all.stream().filter(input -> !input.isAnswered()).count());
                    model.addAttribute("successesTotal", successes.successes(task.trajectoryId()).size());
                });
    }
}
