package nl.participationsuite.web.portal;

import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.web.taskforms.ConditionsCheckContext;
import nl.participationsuite.web.taskforms.ConditionsCheckForm;
import nl.participationsuite.web.taskforms.RoleAgreementResponseContext;
import nl.participationsuite.web.taskforms.RoleAgreementResponseForm;
import nl.participationsuite.web.taskforms.SeatAcceptanceContext;
import nl.participationsuite.web.taskforms.SeatAcceptanceForm;
import nl.participationsuite.web.taskforms.VisionReviewContext;
import nl.participationsuite.web.taskforms.VisionReviewForm;
import nl.participationsuite.web.taskforms.VoteContext;
import nl.participationsuite.web.taskforms.VoteForm;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * The five tasks a resident does in the portal: review the vision, answer a role agreement, take a
 * seat, vote, and score the conditions. Each uses the workspace's form record, context and fields,
 * on one short portal page ({@code portal/task}) that names the fields fragment and its messages.
 */
@Controller
@RequestMapping(PortalTaskPages.TASKS + "/{taskId}")
class PortalTaskController {

    static final String VIEW = "portal/task";

    private final PortalTaskPages pages;

    private final VisionReviewContext visions;

    private final RoleAgreementResponseContext roles;

    private final SeatAcceptanceContext seats;

    private final VoteContext votes;

    private final ConditionsCheckContext conditions;

    PortalTaskController(PortalTaskPages pages, VisionReviewContext visions, RoleAgreementResponseContext roles,
            SeatAcceptanceContext seats, VoteContext votes, ConditionsCheckContext conditions) {
        this.pages = pages;
        this.visions = visions;
        this.roles = roles;
        this.seats = seats;
        this.votes = votes;
        this.conditions = conditions;
    }

    /** A task's own address leads to its form; a task that is not the resident's own is not found. */
    @GetMapping
    String open(@PathVariable String taskId) {
        return "redirect:" + PortalTaskPages.formPath(pages.mine(taskId));
    }

    // vision review

    @GetMapping("/visie-beoordelen")
    String visionReview(@PathVariable String taskId, Model model) {
        model.addAttribute("form", VisionReviewForm.empty());
        return visionReviewPage(pages.open(taskId, FormKeys.VISION_REVIEW, model), model);
    }

    @PostMapping("/visie-beoordelen")
    String visionReview(@PathVariable String taskId, @Valid @ModelAttribute("form") VisionReviewForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.VISION_REVIEW, model);
        return complete(task, errors, form::check, form::toOutcome, redirect, () -> visionReviewPage(task, model));
    }

    private String visionReviewPage(TaskContext task, Model model) {
        visions.addTo(model, task);
        return view(model, "vision-review", "task.vision-review");
    }

    // role agreement

    @GetMapping("/rolafspraak-beantwoorden")
    String roleResponse(@PathVariable String taskId, Model model) {
        model.addAttribute("form", RoleAgreementResponseForm.empty());
        return roleResponsePage(pages.open(taskId, FormKeys.ROLE_AGREEMENT_RESPONSE, model), model);
    }

    @PostMapping("/rolafspraak-beantwoorden")
    String roleResponse(@PathVariable String taskId, @Valid @ModelAttribute("form") RoleAgreementResponseForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.ROLE_AGREEMENT_RESPONSE, model);
        return complete(task, errors, form::check, form::toOutcome, redirect, () -> roleResponsePage(task, model));
    }

    private String roleResponsePage(TaskContext task, Model model) {
        roles.addTo(model, task);
        return view(model, "role-response", "task.role-response");
    }

    // seat

    @GetMapping("/zetel-aanvaarden")
    String seatAcceptance(@PathVariable String taskId, Model model) {
        model.addAttribute("form", SeatAcceptanceForm.empty());
        return seatAcceptancePage(pages.open(taskId, FormKeys.SEAT_ACCEPTANCE, model), model);
    }

    @PostMapping("/zetel-aanvaarden")
    String seatAcceptance(@PathVariable String taskId, @Valid @ModelAttribute("form") SeatAcceptanceForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.SEAT_ACCEPTANCE, model);
        return complete(task, errors, form::check, form::toOutcome, redirect, () -> seatAcceptancePage(task, model));
    }

    private String seatAcceptancePage(TaskContext task, Model model) {
        seats.addTo(model, task);
        return view(model, "seat-acceptance", "task.seat-acceptance");
    }

    // vote

    @GetMapping("/stemmen")
    String vote(@PathVariable String taskId, Model model) {
        model.addAttribute("form", VoteForm.empty());
        return votePage(pages.open(taskId, FormKeys.VOTE, model), model);
    }

    @PostMapping("/stemmen")
    String vote(@PathVariable String taskId, @Valid @ModelAttribute("form") VoteForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.VOTE, model);
        return complete(task, errors, form::check, form::toOutcome, redirect, () -> votePage(task, model));
    }

    private String votePage(TaskContext task, Model model) {
        votes.addTo(model, task);
        return view(model, "vote", "task.vote");
    }

    // conditions

    @GetMapping("/randvoorwaarden")
    String conditionsCheck(@PathVariable String taskId, Model model) {
        model.addAttribute("form", ConditionsCheckForm.empty());
        return conditionsCheckPage(pages.open(taskId, FormKeys.CONDITIONS_CHECK, model), model);
    }

    @PostMapping("/randvoorwaarden")
    String conditionsCheck(@PathVariable String taskId, @Valid @ModelAttribute("form") ConditionsCheckForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.CONDITIONS_CHECK, model);
        return complete(task, errors, form::check, form::toOutcome, redirect, () -> conditionsCheckPage(task, model));
    }

    private String conditionsCheckPage(TaskContext task, Model model) {
        conditions.addTo(model, task);
        return view(model, "conditions-check", "task.conditions");
    }

    /** The form's own checks, then the task completed, or the page again with what is wrong. */
    private String complete(TaskContext task, BindingResult errors, Consumer<Errors> check,
            Supplier<? extends TaskOutcome> outcome, RedirectAttributes redirect, Supplier<String> page) {
        check.accept(errors);
        if (!errors.hasErrors()) {
            String next = pages.complete(task, outcome.get(), errors, redirect);
            if (next != null) {
                return next;
            }
        }
        return page.get();
    }

    /** The portal page with the workspace's fields fragment {@code tasks/<fields>-fields} and its message keys. */
    private static String view(Model model, String fields, String keys) {
        model.addAttribute("fields", "tasks/" + fields + "-fields");
        model.addAttribute("keys", keys);
        return VIEW;
    }
}
