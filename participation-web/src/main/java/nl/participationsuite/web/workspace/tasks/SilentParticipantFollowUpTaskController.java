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
 * The coordinator follows up on someone who let the response time pass (a vision review, a role
 * agreement, a seat): ask again, with a new due date, or record that the resident steps back so
 * that the others go on without them.
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/stille-deelnemer-opvolgen")
class SilentParticipantFollowUpTaskController {

    static final String VIEW = "workspace/tasks/silent-participant-follow-up";

    private final TaskPages pages;

    private final SilentParticipantFollowUpContext contexts;

    SilentParticipantFollowUpTaskController(TaskPages pages, SilentParticipantFollowUpContext contexts) {
        this.pages = pages;
        this.contexts = contexts;
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.SILENT_PARTICIPANT_FOLLOW_UP, model, locale);
        model.addAttribute("form", SilentParticipantFollowUpForm.empty());
        return page(task, model);
    }

    @PostMapping
    String complete(@PathVariable String taskId, @Valid @ModelAttribute("form") SilentParticipantFollowUpForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.SILENT_PARTICIPANT_FOLLOW_UP, model, locale);
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
