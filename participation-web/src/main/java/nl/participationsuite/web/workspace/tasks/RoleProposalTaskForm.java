package nl.participationsuite.web.workspace.tasks;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import nl.participationsuite.domain.motivation.MotivationProfile;
import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.taskforms.TaskFormKind;
import nl.participationsuite.web.taskforms.TaskStep;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * The coordinator proposes a role agreement to everyone still taking part. Next to each resident
 * stands what they told in their motivation conversation (how many hours a month, how they want
 * to be involved, when they can), so that the proposal stays within the resident's own
 * boundaries; the domain refuses more hours than the resident wants to give, on that row's field.
 * The posted rows are put in the order of the participants taking part now (a participant who
 * joined since the page was opened gets an empty row) before they are checked, so that an
 * error's row is the row shown.
 */
@Component
class RoleProposalTaskForm implements TaskFormKind<RoleProposalForm> {

    private final TrajectoryService trajectories;

    private final TaskParticipants participants;

    private final MotivationService motivations;

    RoleProposalTaskForm(TrajectoryService trajectories, TaskParticipants participants, MotivationService motivations) {
        this.trajectories = trajectories;
        this.participants = participants;
        this.motivations = motivations;
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

    @Override
    public String formKey() {
        return FormKeys.ROLE_PROPOSAL;
    }

    @Override
    public String path() {
        return "rollen-voorstellen";
    }

    @Override
    public Class<RoleProposalForm> formType() {
        return RoleProposalForm.class;
    }

    @Override
    public String view() {
        return "workspace/tasks/role-proposal";
    }

    @Override
    public RoleProposalForm initial(TaskContext task) {
        return RoleProposalForm.emptyFor(active(task));
    }

    @Override
    public RoleProposalForm prepare(TaskContext task, RoleProposalForm posted) {
        Map<UUID, RoleProposalForm.ProposalRow> postedRows = posted.proposals().stream()
                .filter(row -> row.participantId() != null)
                .collect(Collectors.toMap(RoleProposalForm.ProposalRow::participantId, Function.identity(), (a, b) -> a));
        return new RoleProposalForm(active(task).stream().map(participant -> postedRows.getOrDefault(
                participant.id(), new RoleProposalForm.ProposalRow(participant.id(), null, null, null, null))).toList());
    }

    @Override
    public TaskStep decide(TaskContext task, RoleProposalForm form, String action, BindingResult errors, Model model) {
        form.checkHours(errors);
        return errors.hasErrors() ? TaskStep.show() : TaskStep.complete(form.toOutcome());
    }

    @Override
    public void addContext(TaskContext task, Model model) {
        Trajectory trajectory = trajectories.get(task.trajectoryId());
        Map<UUID, TaskParticipants.Named> byId = participants.all(trajectory).values().stream()
                .collect(Collectors.toMap(TaskParticipants.Named::id, Function.identity()));
        Map<UUID, MotivationView> profiles = motivations.list(task.trajectoryId()).stream()
                .collect(Collectors.toMap(profile -> profile.participantId().value(), MotivationView::of, (a, b) -> b));
        model.addAttribute("people", byId);
        model.addAttribute("profiles", profiles);
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("activeCount", participants.active(trajectory).size());
    }

    private List<TaskParticipants.Named> active(TaskContext task) {
        return participants.active(trajectories.get(task.trajectoryId()));
    }
}
