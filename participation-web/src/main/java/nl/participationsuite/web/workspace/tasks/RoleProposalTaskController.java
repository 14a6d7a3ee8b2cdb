package nl.participationsuite.web.workspace.tasks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.motivation.MotivationProfile;
import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * The coordinator proposes a role agreement to everyone still taking part. Next to each resident
 * stands what they told in their motivation conversation (how many hours a month, how they want
 * to be involved, when they can), so that the proposal stays within the resident's own
 * boundaries; the domain refuses more hours than the resident wants to give, on that row's field.
 */
@Controller
@RequestMapping(TaskFormPaths.TASKS + "/{taskId}/rollen-voorstellen")
class RoleProposalTaskController {

    static final String VIEW = "workspace/tasks/role-proposal";

    private final TaskPages pages;

    private final TrajectoryService trajectories;

    private final TaskParticipants participants;

    private final MotivationService motivations;

    private final TaskFormChecks checks;

    RoleProposalTaskController(TaskPages pages, TrajectoryService trajectories, TaskParticipants participants,
            MotivationService motivations, TaskFormChecks checks) {
        this.pages = pages;
        this.trajectories = trajectories;
        this.participants = participants;
        this.motivations = motivations;
        this.checks = checks;
    }

    @GetMapping
    String show(@PathVariable String taskId, Model model, Locale locale) {
        TaskContext task = pages.open(taskId, FormKeys.ROLE_PROPOSAL, model, locale);
        List<TaskParticipants.Named> active = participants.active(trajectories.get(task.trajectoryId()));
        model.addAttribute("form", RoleProposalForm.emptyFor(active));
        return page(task, active, model);
    }

    /**
     * The rows are put in the order of the participants taking part now (a participant who joined
     * since the page was opened gets an empty row), then checked, so that an error's row is the row shown.
     * {@code binding} takes the errors of values no field offers (the form is then null): they are checked as missing.
     */
    @PostMapping
    String complete(@PathVariable String taskId, @ModelAttribute("form") RoleProposalForm posted, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        TaskContext task = pages.open(taskId, FormKeys.ROLE_PROPOSAL, model, locale);
        List<TaskParticipants.Named> active = participants.active(trajectories.get(task.trajectoryId()));
        List<RoleProposalForm.ProposalRow> rows = posted == null ? List.of() : posted.proposals();
        Map<UUID, RoleProposalForm.ProposalRow> postedRows = rows.stream()
                .filter(row -> row.participantId() != null)
                .collect(Collectors.toMap(RoleProposalForm.ProposalRow::participantId, Function.identity(), (a, b) -> a));
        RoleProposalForm form = new RoleProposalForm(active.stream().map(participant -> postedRows.getOrDefault(
                participant.id(), new RoleProposalForm.ProposalRow(participant.id(), null, null, null, null))).toList());
        BindingResult errors = checks.check(form, model);
        form.checkHours(errors);
        if (!errors.hasErrors()) {
            String next = pages.complete(task, form.toOutcome(), errors, redirect);
            if (next != null) {
                return next;
            }
        }
        return page(task, active, model);
    }

    private String page(TaskContext task, List<TaskParticipants.Named> active, Model model) {
        Trajectory trajectory = trajectories.get(task.trajectoryId());
        Map<UUID, TaskParticipants.Named> byId = participants.all(trajectory).values().stream()
                .collect(Collectors.toMap(TaskParticipants.Named::id, Function.identity()));
        Map<UUID, MotivationView> profiles = motivations.list(task.trajectoryId()).stream()
                .collect(Collectors.toMap(profile -> profile.participantId().value(), MotivationView::of, (a, b) -> b));
        model.addAttribute("people", byId);
        model.addAttribute("profiles", profiles);
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("activeCount", active.size());
        return VIEW;
    }

    /** What a resident told in their motivation conversation, as the coordinator needs it to propose a role. */
    record MotivationView(int hoursPerMonth, List<String> involvementKinds, List<String> preferredTimes,
            List<String> energySources, String supportNeeds) {

        static MotivationView of(MotivationProfile profile) {
            var motivation = profile.motivation();
            return new MotivationView(motivation.hoursPerMonth(),
                    motivation.involvementKinds().stream().map(Enum::name).sorted().toList(),
                    motivation.preferredTimes().stream().map(Enum::name).sorted().toList(),
                    motivation.energySources().stream().map(Enum::name).sorted().toList(),
                    motivation.supportNeeds());
        }
    }
}
