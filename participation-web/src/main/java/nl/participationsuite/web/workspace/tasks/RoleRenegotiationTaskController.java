package nl.participationsuite.web.workspace.tasks;

import java.util.List;
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

import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.roles.RoleAgreement;
import nl.participationsuite.domain.roles.RoleAgreementService;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * The coordinator proposes new terms to the one participant who asked to renegotiate. The page
 * shows the current terms and what the participant asked to change (and, for a resident, what
 * they told in their motivation conversation); the form starts from the current terms. The domain
 * refuses more hours than the resident's boundaries allow, on the hours field: a resident who wants
 * to give more time says so in their boundaries first.
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/rolafspraak-heronderhandelen")
class RoleRenegotiationTaskController {

    static final String VIEW = "workspace/tasks/role-renegotiation";

    private final TaskPages pages;

    private final TrajectoryService trajectories;

    private final RoleAgreementService roles;

    private final TaskParticipants participants;

    private final MotivationService motivations;

    private final TaskFormChecks checks;

    RoleRenegotiationTaskController(TaskPages pages, TrajectoryService trajectories, RoleAgreementService roles,
            TaskParticipants participants, MotivationService motivations, TaskFormChecks checks) {
        this.pages = pages;
        this.trajectories = trajectories;
        this.roles = roles;
        this.participants = participants;
        this.motivations = motivations;
        this.checks = checks;
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.ROLE_RENEGOTIATION, model, locale);
        RoleAgreement current = current(task);
        model.addAttribute("form", RoleTermsForm.of(current));
        return page(task, current, model);
    }

    /** {@code binding} takes the errors of values no field offers (the form is then null): they are checked as missing. */
    @PostMapping
    String complete(@PathVariable String taskId, @ModelAttribute("form") RoleTermsForm posted, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.ROLE_RENEGOTIATION, model, locale);
        RoleAgreement current = current(task);
        RoleTermsForm form = posted == null ? new RoleTermsForm(null, null, null, null) : posted;
        BindingResult errors = checks.check(form, model);
        form.checkHours(errors);
        if (!errors.hasErrors()) {
            String next = pages.complete(task, form.toOutcome(), errors, redirect);
            if (next != null) {
                return next;
            }
        }
        return page(task, current, model);
    }

    /** The agreement of the participant this task is about (the process names them by person). */
    private RoleAgreement current(TaskContext task) {
        Trajectory trajectory = trajectories.get(task.trajectoryId());
        Participant holder = holder(task, trajectory);
        return roles.current(trajectory.id(), holder.id())
                .orElseThrow(() -> new NotFoundException("role agreement of participant", holder.id()));
    }

    private static Participant holder(TaskContext task, Trajectory trajectory) {
        PersonId person = PersonId.of(task.variable(VariableNames.AGREEMENT_HOLDER_ID));
        return trajectory.participantOf(person)
                .orElseThrow(() -> new NotFoundException("participant of trajectory", person));
    }

    private String page(TaskContext task, RoleAgreement current, Model model) {
        Trajectory trajectory = trajectories.get(task.trajectoryId());
        model.addAttribute("holder", participants.all(trajectory).get(current.participantId()));
        model.addAttribute("current", current);
        model.addAttribute("profile", motivations.find(trajectory.id(), current.participantId())
                .map(RoleProposalTaskController.MotivationView::of).orElse(null));
        model.addAttribute("roles", List.of(Role.values()));
        return VIEW;
    }
}
