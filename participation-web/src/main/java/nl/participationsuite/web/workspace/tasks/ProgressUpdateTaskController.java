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
 * The coordinator tells the residents where the trajectory stands, in plain words, and records how
 * the message reached them. The page shows the last updates, so the new one follows on from them.
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/voortgangsbericht")
class ProgressUpdateTaskController {

    static final String VIEW = "workspace/tasks/progress-update";

    private final TaskPages pages;

    private final ProgressUpdateContext contexts;

    ProgressUpdateTaskController(TaskPages pages, ProgressUpdateContext contexts) {
        this.pages = pages;
        this.contexts = contexts;
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.PROGRESS_UPDATE, model, locale);
        model.addAttribute("form", ProgressUpdateForm.empty());
        return page(task, model);
    }

    @PostMapping
    String complete(@PathVariable String taskId, @Valid @ModelAttribute("form") ProgressUpdateForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.PROGRESS_UPDATE, model, locale);
        if (!errors.hasErrors()) {
            String next = pages.complete(task, form.toOutcome(), errors, redirect);
            if (next != null) {
                return next;
            }
        }
        return page(task, model);
    }

    private String page(TaskContext task, Model model) {
        model.addAttribute("updates", contexts.load(task));
        model.addAttribute("channels", ProgressUpdateForm.CHANNELS);
        return VIEW;
    }
}
