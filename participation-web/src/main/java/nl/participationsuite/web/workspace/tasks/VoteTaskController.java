package nl.participationsuite.web.workspace.tasks;

import nl.participationsuite.web.taskforms.VoteContext;
import nl.participationsuite.web.taskforms.VoteForm;

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
 * A seat holder votes on the proposal of a decision round: the proposal and its deadline (and how
 * long is left) on the page, then for, against or abstain, with an optional comment.
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/stemmen")
class VoteTaskController {

    static final String VIEW = "workspace/tasks/vote";

    private final TaskPages pages;

    private final VoteContext contexts;

    VoteTaskController(TaskPages pages, VoteContext contexts) {
        this.pages = pages;
        this.contexts = contexts;
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.VOTE, model, locale);
        model.addAttribute("form", VoteForm.empty());
        return page(task, model);
    }

    @PostMapping
    String complete(@PathVariable String taskId, @Valid @ModelAttribute("form") VoteForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.VOTE, model, locale);
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
