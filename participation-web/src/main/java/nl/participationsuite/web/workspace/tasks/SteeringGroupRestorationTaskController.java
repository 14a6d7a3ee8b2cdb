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

import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.web.workspace.tasks.SteeringGroupForms.SeatsForm;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.seats.SeatRestorationOutcome;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * Someone stepped back and the steering group no longer meets the seat rules: the page says who,
 * which seats remain and which rules are broken now; the coordinator adds seats for participants
 * without one, and justifies in writing what the new composition still breaks.
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/stuurgroep-herstellen")
class SteeringGroupRestorationTaskController {

    static final String VIEW = "workspace/tasks/steering-group-restoration";

    private final TaskPages pages;

    private final SteeringGroupForms forms;

    SteeringGroupRestorationTaskController(TaskPages pages, SteeringGroupForms forms) {
        this.pages = pages;
        this.forms = forms;
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.SEAT_RESTORATION, model, locale);
        model.addAttribute("form", forms.newForm(task));
        return page(task, model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @ModelAttribute("form") SeatsForm form, BindingResult errors,
            @RequestParam(defaultValue = "save") String action, Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.SEAT_RESTORATION, model, locale);
        String next = forms.submit(task, form, errors, action, model, redirect, false, SeatRestorationOutcome::new);
        return next != null ? next : page(task, model);
    }

    private String page(TaskContext task, Model model) {
        forms.page(task, model);
        model.addAttribute("steppedBack", forms.nameOf(task, ParticipantId.of(task.variable(VariableNames.PARTICIPANT_ID))));
        model.addAttribute("verdictNow", forms.verdictNow(task));
        return VIEW;
    }
}
