package nl.participationsuite.web.workspace.tasks;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.roles.RoleAgreement;
import nl.participationsuite.domain.roles.RoleAgreementService;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.taskforms.TaskFormKind;
import nl.participationsuite.web.taskforms.TaskStep;
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
@Component
class RoleRenegotiationTaskForm implements TaskFormKind<RoleTermsForm> {

    private final TrajectoryService trajectories;

    private final RoleAgreementService roles;

    private final TaskParticipants participants;

    private final MotivationService motivations;

    RoleRenegotiationTaskForm(TrajectoryService trajectories, RoleAgreementService roles,
            TaskParticipants participants, MotivationService motivations) {
        this.trajectories = trajectories;
        this.roles = roles;
        this.participants = participants;
        this.motivations = motivations;
    }

    @Override
    public String formKey() {
        return FormKeys.ROLE_RENEGOTIATION;
    }

    @Override
    public String path() {
        return "rolafspraak-heronderhandelen";
    }

    @Override
    public Class<RoleTermsForm> formType() {
        return RoleTermsForm.class;
    }

    @Override
    public String view() {
        return "workspace/tasks/role-renegotiation";
    }

    @Override
    public RoleTermsForm initial(TaskContext task) {
        return RoleTermsForm.of(current(task));
    }

    @Override
    public TaskStep decide(TaskContext task, RoleTermsForm form, String action, BindingResult errors, Model model) {
        form.checkHours(errors);
        return errors.hasErrors() ? TaskStep.show() : TaskStep.complete(form.toOutcome());
    }

    @Override
    public void addContext(TaskContext task, Model model) {
        RoleAgreement current = current(task);
        Trajectory trajectory = trajectories.get(task.trajectoryId());
        model.addAttribute("holder", participants.all(trajectory).get(current.participantId()));
        model.addAttribute("current", current);
        model.addAttribute("profile", motivations.find(trajectory.id(), current.participantId())
                .map(RoleProposalTaskForm.MotivationView::of).orElse(null));
        model.addAttribute("roles", List.of(Role.values()));
    }

    private RoleAgreement current(TaskContext task) {
        Trajectory trajectory = trajectories.get(task.trajectoryId());
        PersonId person = PersonId.of(task.variable(VariableNames.AGREEMENT_HOLDER_ID));
        Participant holder = trajectory.participantOf(person)
                .orElseThrow(() -> new NotFoundException("participant of trajectory", person));
        return roles.current(trajectory.id(), holder.id())
                .orElseThrow(() -> new NotFoundException("role agreement of participant", holder.id()));
    }
}
