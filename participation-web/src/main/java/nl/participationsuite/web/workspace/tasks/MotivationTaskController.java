package nl.participationsuite.web.workspace.tasks;

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
 * Recording the motivation conversation with a resident: what gives them energy, how much time
 * they want to give and when, how they want to take part and what support they need. The page
 * shows what the resident filled in earlier, so the conversation builds on it.
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/motivatie")
class MotivationTaskController {

    static final String VIEW = "workspace/tasks/motivation";

    private final TaskPages pages;

    private final MotivationContext contexts;

    MotivationTaskController(TaskPages pages, MotivationContext contexts) {
        this.pages = pages;
        this.contexts = contexts;
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.MOTIVATION, model, locale);
        model.addAttribute("form", MotivationForm.empty());
        return page(task, model);
    }

    @PostMapping
    String complete(@PathVariable String taskId, @Valid @ModelAttribute("form") MotivationForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.MOTIVATION, model, locale);
        if (!errors.hasErrors()) {
            String next = pages.complete(task, form.toOutcome(), errors, redirect);
            if (next != null) {
                return next;
            }
        }
        return page(task, model);
    }

    private String page(TaskContext task, Model model) {
        model.addAttribute("conversation", contexts.load(task));
        model.addAttribute("energySources", MotivationForm.ENERGY_SOURCES);
        model.addAttribute("involvementKinds", MotivationForm.INVOLVEMENT_KINDS);
        model.addAttribute("preferredTimes", MotivationForm.PREFERRED_TIMES);
        return VIEW;
    }
}
