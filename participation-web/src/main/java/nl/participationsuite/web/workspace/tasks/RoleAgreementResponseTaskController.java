package nl.participationsuite.web.workspace.tasks;

import nl.participationsuite.web.taskforms.RoleAgreementResponseContext;
import nl.participationsuite.web.taskforms.RoleAgreementResponseForm;

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
 * A participant answers the role agreement proposed to them: the terms on the page (role, what
 * they take on, hours per month, support), then agree or ask to talk it over again.
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/rolafspraak-beantwoorden")
class RoleAgreementResponseTaskController {

    static final String VIEW = "workspace/tasks/role-response";

    private final TaskPages pages;

    private final RoleAgreementResponseContext contexts;

    RoleAgreementResponseTaskController(TaskPages pages, RoleAgreementResponseContext contexts) {
        this.pages = pages;
        this.contexts = contexts;
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.ROLE_AGREEMENT_RESPONSE, model, locale);
        model.addAttribute("form", RoleAgreementResponseForm.empty());
        return page(task, model);
    }

    @PostMapping
    String complete(@PathVariable String taskId, @Valid @ModelAttribute("form") RoleAgreementResponseForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.ROLE_AGREEMENT_RESPONSE, model, locale);
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
