package nl.participationsuite.web.workspace.tasks;

import nl.participationsuite.web.taskforms.SeatAcceptanceContext;
import nl.participationsuite.web.taskforms.SeatAcceptanceForm;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * A seat holder takes their seat in the steering group or declines it (optionally saying why). The
 * page shows the seat's term and the other members; declining makes the coordinator compose again.
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/zetel-aanvaarden")
class SeatAcceptanceTaskController {

    static final String VIEW = "workspace/tasks/seat-acceptance";

    private final TaskPages pages;

    private final SeatAcceptanceContext contexts;

    SeatAcceptanceTaskController(TaskPages pages, SeatAcceptanceContext contexts) {
        this.pages = pages;
        this.contexts = contexts;
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.SEAT_ACCEPTANCE, model, locale);
        model.addAttribute("form", SeatAcceptanceForm.empty());
        return page(task, model);
    }

    @PostMapping
    String complete(@PathVariable String taskId, @Valid @ModelAttribute("form") SeatAcceptanceForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.SEAT_ACCEPTANCE, model, locale);
        form.check(errors);
        if (!errors.hasErrors()) {
            String next = pages.complete(task, form.toOutcome(), errors, redirect);
            if (next != null) {
                return next;
            }
        }
        return page(task, model);
    }

    private String page(TaskContext task, Model model) {
        contexts.addTo(model, task);
        return VIEW;
    }
}
