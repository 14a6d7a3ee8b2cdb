package nl.participationsuite.web.workspace.tasks;

import nl.participationsuite.web.taskforms.VisionReviewContext;
import nl.participationsuite.web.taskforms.VisionReviewForm;

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
 * A participant reviews the shared vision: the whole version on the page (goal, expectations,
 * definition of success) and what others said of it so far, then endorse it or ask for a change.
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/visie-beoordelen")
class VisionReviewTaskController {

    static final String VIEW = "workspace/tasks/vision-review";

    private final TaskPages pages;

    private final VisionReviewContext contexts;

    VisionReviewTaskController(TaskPages pages, VisionReviewContext contexts) {
        this.pages = pages;
        this.contexts = contexts;
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.VISION_REVIEW, model, locale);
        model.addAttribute("form", VisionReviewForm.empty());
        return page(task, model);
    }

    @PostMapping
    String complete(@PathVariable String taskId, @Valid @ModelAttribute("form") VisionReviewForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.VISION_REVIEW, model, locale);
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
