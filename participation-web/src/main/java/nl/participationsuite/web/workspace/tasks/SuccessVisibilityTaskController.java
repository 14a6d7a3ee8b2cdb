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
 * A success only motivates residents once they hear of it: the professional records how they were
 * told. The page shows the success itself (what, which kind, when).
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/succes-zichtbaar-maken")
class SuccessVisibilityTaskController {

    static final String VIEW = "workspace/tasks/success-visibility";

    private final TaskPages pages;

    private final SuccessVisibilityContext contexts;

    SuccessVisibilityTaskController(TaskPages pages, SuccessVisibilityContext contexts) {
        this.pages = pages;
        this.contexts = contexts;
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.SUCCESS_VISIBILITY, model, locale);
        model.addAttribute("form", SuccessVisibilityForm.empty());
        return page(task, model);
    }

    @PostMapping
    String complete(@PathVariable String taskId, @Valid @ModelAttribute("form") SuccessVisibilityForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.SUCCESS_VISIBILITY, model, locale);
        if (!errors.hasErrors()) {
            String next = pages.complete(task, form.toOutcome(), errors, redirect);
            if (next != null) {
                return next;
            }
        }
        return page(task, model);
    }

    private String page(TaskContext task, Model model) {
        model.addAttribute("success", contexts.load(task));
        model.addAttribute("channels", SuccessVisibilityForm.CHANNELS);
        return VIEW;
    }
}
