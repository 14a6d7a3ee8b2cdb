package nl.participationsuite.web.workspace.tasks;

import java.util.List;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.web.taskforms.TaskFormKind;
import nl.participationsuite.web.taskforms.TaskStep;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * What drafting and revising the shared vision share: the form with its rows, "one more row"
 * without checking anything, and sending only the rows filled in. The rows are checked after the
 * empty ones are left out, so that an error's row number is the same on the form, in the outcome
 * and in the domain's rules; the page shows the empty rows again.
 */
abstract class VisionTaskForm implements TaskFormKind<VisionForm> {

    static final String ADD_EXPECTATION = "add-expectation";

    static final String ADD_CRITERION = "add-criterion";

    private final TrajectoryService trajectories;

    private final TaskParticipants participants;

    VisionTaskForm(TrajectoryService trajectories, TaskParticipants participants) {
        this.trajectories = trajectories;
        this.participants = participants;
    }

    /** The vision the form starts from. */
    abstract VisionForm start(TaskContext task);

    /** The outcome the rows filled in complete the task with. */
    abstract TaskOutcome outcome(VisionForm filled);

    @Override
    public final Class<VisionForm> formType() {
        return VisionForm.class;
    }

    @Override
    public final VisionForm initial(TaskContext task) {
        return start(task).withEmptyRows();
    }

    @Override
    public void addContext(TaskContext task, Model model) {
        model.addAttribute("parties", List.of(Party.values()));
        model.addAttribute("participants", participants.active(trajectories.get(task.trajectoryId())));
        model.addAttribute("addExpectation", ADD_EXPECTATION);
        model.addAttribute("addCriterion", ADD_CRITERION);
    }

    @Override
    public final VisionForm change(TaskContext task, VisionForm posted, String action) {
        if (ADD_EXPECTATION.equals(action) || ADD_CRITERION.equals(action)) {
            return posted.withOneMoreRow(ADD_CRITERION.equals(action) ? "successCriteria" : "expectations");
        }
        return null;
    }

    @Override
    public final VisionForm prepare(TaskContext task, VisionForm posted) {
        return posted.filled();
    }

    @Override
    public final TaskStep decide(TaskContext task, VisionForm form, String action, BindingResult errors, Model model) {
        form.checkParties(errors);
        return errors.hasErrors() ? TaskStep.show() : TaskStep.complete(outcome(form));
    }

    @Override
    public final VisionForm shown(VisionForm checked) {
        return checked.withEmptyRows();
    }
}
