package nl.participationsuite.web.workspace.tasks;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.success.SuccessService;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.trajectory.WorkingPhaseCloseOutcome;

/**
 * The coordinator ends working together and moves the trajectory on to its evaluation. The page
 * says what stays open (input still to be answered keeps its task) and asks for an explicit
 * confirmation, because this step cannot be undone.
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/samenwerking-afronden")
class WorkingPhaseCloseTaskController {

    static final String VIEW = "workspace/tasks/working-phase-close";

    private final TaskPages pages;

    private final InputService inputs;

    private final SuccessService successes;

    WorkingPhaseCloseTaskController(TaskPages pages, InputService inputs, SuccessService successes) {
        this.pages = pages;
        this.inputs = inputs;
        this.successes = successes;
    }

    /** The coordinator ticks that they understand what closing means; an unticked box sends nothing (null). */
    record CloseForm(Boolean confirmed) {

        @AssertTrue
        public boolean isConfirmed() {
            return Boolean.TRUE.equals(confirmed);
        }
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.WORKING_PHASE_CLOSE, model, locale);
        model.addAttribute("form", new CloseForm(null));
        return page(task, model);
    }

    @PostMapping
    String complete(@PathVariable String taskId, @Valid @ModelAttribute("form") CloseForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.WORKING_PHASE_CLOSE, model, locale);
        if (!errors.hasErrors()) {
            String next = pages.complete(task, new WorkingPhaseCloseOutcome(), errors, redirect);
            if (next != null) {
                return next;
            }
        }
        return page(task, model);
    }

    private String page(TaskContext task, Model model) {
        List<ResidentInput> all = inputs.ofTrajectory(task.trajectoryId());
        model.addAttribute("inputsTotal", all.size());
        model.addAttribute("inputsOpen", all.stream().filter(input -> !input.isAnswered()).count());
        model.addAttribute("successesTotal", successes.successes(task.trajectoryId()).size());
        return VIEW;
    }
}
