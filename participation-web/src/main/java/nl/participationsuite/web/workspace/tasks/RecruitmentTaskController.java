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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.involvement.RecruitmentOutcome;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * The coordinator says enough residents are involved and asks for the check. The page shows how
 * far the recruitment is against the trajectory's thresholds and the networks mapped so far;
 * networks and residents themselves are added on their own pages as they come.
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/werving")
class RecruitmentTaskController {

    static final String VIEW = "workspace/tasks/recruitment";

    private final TaskPages pages;

    private final InvolvementService involvement;

    RecruitmentTaskController(TaskPages pages, InvolvementService involvement) {
        this.pages = pages;
        this.involvement = involvement;
    }

    /** Nothing to fill in: completing the task is the request to check. */
    record CheckForm() {
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.RECRUITMENT, model, locale);
        model.addAttribute("form", new CheckForm());
        return page(task, model);
    }

    @PostMapping
    String complete(@PathVariable String taskId, @ModelAttribute("form") CheckForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.RECRUITMENT, model, locale);
        String next = pages.complete(task, new RecruitmentOutcome(), errors, redirect);
        return next != null ? next : page(task, model);
    }

    private String page(TaskContext task, Model model) {
        model.addAttribute("status", involvement.status(task.trajectoryId()));
        model.addAttribute("networks", involvement.networks(task.trajectoryId()));
        return VIEW;
    }
}
