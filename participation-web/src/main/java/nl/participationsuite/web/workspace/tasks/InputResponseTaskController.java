package nl.participationsuite.web.workspace.tasks;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.input.AnswerDelivery;
import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.InputStatus;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.web.forms.Refusals;
import nl.participationsuite.web.input.InputViews;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.web.workspace.WorkspaceController;
import nl.participationsuite.web.workspace.WorkspaceExceptionHandler;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.input.InputResponseOutcome;
import nl.participationsuite.workflow.input.InputWorkflow;
import nl.participationsuite.workflow.tasks.TaskConflictException;
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

    private final InputWorkflow inputWorkflow;

    private final CurrentPerson currentPerson;

    InputResponseTaskController(TaskPages pages, InputService inputs, TrajectoryService trajectories, InputViews views,
            InputWorkflow inputWorkflow, CurrentPerson currentPerson) {
        this.pages = pages;
        this.inputs = inputs;
        this.trajectories = trajectories;
        this.views = views;
        this.inputWorkflow = inputWorkflow;
        this.currentPerson = currentPerson;
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

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.INPUT_RESPONSE, model, locale);
        model.addAttribute("interim", new InterimForm(null, null));
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
                String next = pages.complete(task, new InputResponseOutcome(form.status(), form.feedback(), form.passedOn()),
                        errors, redirect);
                if (next != null) {
                    return next;
                }
            }
        }
        model.addAttribute("interim", new InterimForm(null, null));
        return page(task, model);
    }

    /**
     * Sends an interim answer; the task stays open, now due on the day the answer is promised. Back to
     * the inbox with a notice, or the page with the refusal on its field.
     */
    @PostMapping("/tussenbericht")
    String interim(@PathVariable String taskId, @Valid @ModelAttribute("interim") InterimForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.INPUT_RESPONSE, model, locale);
        if (!errors.hasErrors()) {
            try {
                inputWorkflow.giveInterimAnswer(task.trajectoryId(), InputId.of(task.variable(VariableNames.INPUT_ID)),
                        currentPerson.get().id(), form.interimAnswer(), form.expectedOn());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("task.input-response.interim.sent"));
                redirect.addAttribute(WorkspaceController.TRAJECTORY_PARAM, task.trajectoryId().value());
                return "redirect:" + WorkspaceController.PATH;
            }
            catch (TaskConflictException ex) {
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.conflict(WorkspaceExceptionHandler.TASK_CONFLICT, ex));
                redirect.addAttribute(WorkspaceController.TRAJECTORY_PARAM, task.trajectoryId().value());
                return "redirect:" + WorkspaceController.PATH;
            }
            catch (RuleViolationException ex) {
                Refusals.reject(errors, ex);
            }
        }
        return page(task, model);
    }

    private String page(TaskContext task, Model model) {
        ResidentInput input = inputs.get(InputId.of(task.variable(VariableNames.INPUT_ID)));
        InputViews.Details details = views.details(trajectories.get(task.trajectoryId()), input);
        model.addAttribute("input", details);
        if (!model.containsAttribute("form")) {
            // A resident with a portal account reads the answer there, unless the professional says otherwise.
            model.addAttribute("form", new ResponseForm(null, null,
                    details.residentHasAccount() ? AnswerDelivery.PORTAL : null));
        }
        model.addAttribute("answers", ANSWERS);
        model.addAttribute("deliveries", Arrays.stream(AnswerDelivery.values())
                .filter(delivery -> details.residentHasAccount() || delivery != AnswerDelivery.PORTAL).toList());
        return VIEW;
    }
}
