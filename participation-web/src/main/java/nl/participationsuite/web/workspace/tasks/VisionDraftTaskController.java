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

import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * The coordinator writes the first version of the shared vision: the goal, what each party
 * expects and when the trajectory is a success. Completing the task puts it out for review by
 * everyone taking part.
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/visie-opstellen")
class VisionDraftTaskController {

    static final String VIEW = "workspace/tasks/vision-draft";

    private final TaskPages pages;

    private final VisionTaskPages vision;

    VisionDraftTaskController(TaskPages pages, VisionTaskPages vision) {
        this.pages = pages;
        this.vision = vision;
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.VISION_DRAFT, model, locale);
        vision.show(task, VisionForm.empty(), model);
        return VIEW;
    }

    /** {@code binding} takes the errors of values no field offers (the form is then null), so that they do not end the request. */
    @PostMapping
    String complete(@PathVariable String taskId, @ModelAttribute("form") VisionForm form, BindingResult binding,
            @RequestParam(name = "action", required = false) String action, Model model, Locale locale,
            RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.VISION_DRAFT, model, locale);
        String next = vision.submit(task, form, action, VisionForm::toDraftOutcome, model, redirect);
        return next != null ? next : VIEW;
    }
}
