package nl.participationsuite.web.workspace.tasks;

import nl.participationsuite.web.taskforms.ConditionsCheckContext;
import nl.participationsuite.web.taskforms.ConditionsCheckForm;

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
 * A participant scores the handbook's ten conditions for participation, each from 1 (not at all)
 * to 5 (fully), with an optional remark. Residents and professionals answer the same statements,
 * so that the gap between how they see it shows.
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/randvoorwaarden")
class ConditionsCheckTaskController {

    static final String VIEW = "workspace/tasks/conditions-check";

    private final TaskPages pages;

    private final ConditionsCheckContext contexts;

    ConditionsCheckTaskController(TaskPages pages, ConditionsCheckContext contexts) {
        this.pages = pages;
        this.contexts = contexts;
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.CONDITIONS_CHECK, model, locale);
        model.addAttribute("form", ConditionsCheckForm.empty());
        return page(task, model);
    }

    @PostMapping
    String complete(@PathVariable String taskId, @Valid @ModelAttribute("form") ConditionsCheckForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.CONDITIONS_CHECK, model, locale);
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
