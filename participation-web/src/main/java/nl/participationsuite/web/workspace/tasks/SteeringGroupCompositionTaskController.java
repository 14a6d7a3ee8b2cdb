package nl.participationsuite.web.workspace.tasks;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.web.workspace.tasks.SteeringGroupForms.SeatsForm;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.seats.SeatCompositionOutcome;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * The coordinator composes the steering group: who gets a seat, for which term, and which
 * backgrounds the resident seat holders bring. The seat rules' verdict can be checked before saving;
 * a composition that breaks them is saved only with a written justification.
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/stuurgroep-samenstellen")
class SteeringGroupCompositionTaskController {

    static final String VIEW = "workspace/tasks/steering-group-composition";

    private final TaskPages pages;

    private final SteeringGroupForms forms;

    SteeringGroupCompositionTaskController(TaskPages pages, SteeringGroupForms forms) {
        this.pages = pages;
        this.forms = forms;
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.SEAT_COMPOSITION, model, locale);
        model.addAttribute("form", forms.newForm(task));
        return page(task, model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @ModelAttribute("form") SeatsForm form, BindingResult errors,
            @RequestParam(defaultValue = "save") String action, Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.SEAT_COMPOSITION, model, locale);
        String next = forms.submit(task, form, errors, action, model, redirect, true, SeatCompositionOutcome::new);
        return next != null ? next : page(task, model);
    }

    private String page(TaskContext task, Model model) {
        forms.page(task, model);
        return VIEW;
    }
}
