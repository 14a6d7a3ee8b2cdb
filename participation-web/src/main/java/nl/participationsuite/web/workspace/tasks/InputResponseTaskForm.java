package nl.participationsuite.web.workspace.tasks;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import nl.participationsuite.domain.input.AnswerDelivery;
import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.input.InputViews;
import nl.participationsuite.web.taskforms.TaskFormKind;
import nl.participationsuite.web.taskforms.TaskStep;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.input.InputResponseOutcome;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * Answering a resident's input: the input itself, who brought it in and how, its timeline so far,
 * then what happened with it (adopted, partly, not) and the feedback the resident will read. The
 * same page offers an interim answer ({@link InputInterimAnswerController}), which leaves the task open.
 */
@Component
class InputResponseTaskForm implements TaskFormKind<InputResponseTaskForm.ResponseForm> {

    static final String VIEW = "workspace/tasks/input-response";

    /** The answers a professional gives; receiving and considering are steps the product records itself. */
    static final List<InputStatus> ANSWERS = List.of(InputStatus.ADOPTED, InputStatus.PARTLY_ADOPTED,
            InputStatus.NOT_ADOPTED);

    private final InputService inputs;

    private final TrajectoryService trajectories;

    private final InputViews views;

    InputResponseTaskForm(InputService inputs, TrajectoryService trajectories, InputViews views) {
        this.inputs = inputs;
        this.trajectories = trajectories;
        this.views = views;
    }

    /**
     * The answer; the feedback is what the resident reads, so it is required whatever the answer.
     * {@code passedOn} says how it reaches the resident: empty for the portal, required for a
     * resident without a portal account (the domain decides).
     */
    record ResponseForm(@NotNull InputStatus status, @NotBlank @Size(max = ResidentInput.MAX_TEXT) String feedback,
            AnswerDelivery passedOn) {
    }

    /** An interim answer: what is being done, and the day the resident can expect the answer. */
    record InterimForm(@NotBlank @Size(max = ResidentInput.MAX_TEXT) String interimAnswer,
            @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate expectedOn) {
    }

    @Override
    public String formKey() {
        return FormKeys.INPUT_RESPONSE;
    }

    @Override
    public String path() {
        return "inbreng-beantwoorden";
    }

    @Override
    public Class<ResponseForm> formType() {
        return ResponseForm.class;
    }

    @Override
    public String view() {
        return VIEW;
    }

    /** A resident with a portal account reads the answer there, unless the professional says otherwise. */
    @Override
    public ResponseForm initial(TaskContext task) {
        return new ResponseForm(null, null, details(task).residentHasAccount() ? AnswerDelivery.PORTAL : null);
    }

    @Override
    public void addContext(TaskContext task, Model model) {
        InputViews.Details details = details(task);
        model.addAttribute("input", details);
        if (!model.containsAttribute("interim")) {
            model.addAttribute("interim", new InterimForm(null, null));
        }
        model.addAttribute("answers", ANSWERS);
        model.addAttribute("deliveries", Arrays.stream(AnswerDelivery.values())
                .filter(delivery -> details.residentHasAccount() || delivery != AnswerDelivery.PORTAL).toList());
    }

    /** Receiving and considering are not answers a professional gives. */
    @Override
    public TaskStep decide(TaskContext task, ResponseForm form, String action, BindingResult errors, Model model) {
        if (form.status() != null && !ANSWERS.contains(form.status())) {
            errors.rejectValue("status", "task.input-response.status.answer");
        }
        return errors.hasErrors() ? TaskStep.show()
                : TaskStep.complete(new InputResponseOutcome(form.status(), form.feedback(), form.passedOn()));
    }

    private InputViews.Details details(TaskContext task) {
        ResidentInput input = inputs.get(InputId.of(task.variable(VariableNames.INPUT_ID)));
        return views.details(trajectories.get(task.trajectoryId()), input);
    }
}
