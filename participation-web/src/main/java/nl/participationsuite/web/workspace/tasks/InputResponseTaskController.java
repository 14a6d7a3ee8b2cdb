package nl.participationsuite.web.workspace.tasks;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.input.InputViews;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.input.InputResponseOutcome;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * Answering a resident's input: the input itself, who brought it in and how, its timeline so far,
 * then what happened with it (adopted, partly, not) and the feedback the resident will read.
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/inbreng-beantwoorden")
class InputResponseTaskController {

    static final String VIEW = "workspace/tasks/input-response";

    /** The answers a professional gives; receiving and considering are steps the product records itself. */
    static final List<InputStatus> ANSWERS = List.of(InputStatus.ADOPTED, InputStatus.PARTLY_ADOPTED,
            InputStatus.NOT_ADOPTED);

    private final TaskPages pages;

    private final InputService inputs;

    private final TrajectoryService trajectories;

    private final InputViews views;

    InputResponseTaskController(TaskPages pages, InputService inputs, TrajectoryService trajectories, InputViews views) {
        this.pages = pages;
        this.inputs = inputs;
        this.trajectories = trajectories;
        this.views = views;
    }

    /** The answer; the feedback is what the resident reads, so it is required whatever the answer. */
    record ResponseForm(@NotNull InputStatus status, @NotBlank @Size(max = ResidentInput.MAX_TEXT) String feedback) {
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.INPUT_RESPONSE, model, locale);
        model.addAttribute("form", new ResponseForm(null, null));
        return page(task, model);
    }

    @PostMapping
    String complete(@PathVariable String taskId, @Valid @ModelAttribute("form") ResponseForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.INPUT_RESPONSE, model, locale);
        if (!errors.hasErrors()) {
            if (!ANSWERS.contains(form.status())) {
                errors.rejectValue("status", "task.input-response.status.answer");
            }
            else {
                String next = pages.complete(task, new InputResponseOutcome(form.status(), form.feedback()), errors, redirect);
                if (next != null) {
                    return next;
                }
            }
        }
        return page(task, model);
    }

    private String page(TaskContext task, Model model) {
        ResidentInput input = inputs.get(InputId.of(task.variable(VariableNames.INPUT_ID)));
        model.addAttribute("input", views.details(trajectories.get(task.trajectoryId()), input));
        model.addAttribute("answers", ANSWERS);
        return VIEW;
    }
}
