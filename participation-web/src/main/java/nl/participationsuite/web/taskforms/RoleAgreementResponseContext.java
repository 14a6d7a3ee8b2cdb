package nl.participationsuite.web.taskforms;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.participationsuite.domain.roles.AgreementStatus;
import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.roles.RoleAgreement;
import nl.participationsuite.domain.roles.RoleAgreementService;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.TaskContext;

/** The role agreement proposed to the person the task is for: its current terms, as the coordinator proposed them. */
@Component
public class RoleAgreementResponseContext {

    private final TrajectoryService trajectories;

    private final RoleAgreementService roles;

    RoleAgreementResponseContext(TrajectoryService trajectories, RoleAgreementService roles) {
        this.trajectories = trajectories;
        this.roles = roles;
    }

    /** The proposed terms; {@code revision} above 1 means the terms were renegotiated before. */
    public record Proposal(Role role, String responsibilities, int hoursPerMonth, String supportAgreed, int revision,
            Instant proposedAt, AgreementStatus status) {
    }

    public Proposal load(TaskContext task) {
        Trajectory trajectory = trajectories.get(task.trajectoryId());
        PersonId holderPerson = PersonId.of(task.variable(VariableNames.AGREEMENT_HOLDER_ID));
        Participant holder = trajectory.participantOf(holderPerson)
                .orElseThrow(() -> new NotFoundException("participant", holderPerson));
        RoleAgreement agreement = roles.current(trajectory.id(), holder.id())
                .orElseThrow(() -> new NotFoundException("role agreement of participant", holder.id()));
        return new Proposal(agreement.role(), agreement.responsibilities(), agreement.hoursPerMonth(),
                agreement.supportAgreed(), agreement.revision(), agreement.proposedAt(), agreement.status());
    }

    /** What the task's page shows beside its form, for the workspace and the portal alike: {@code proposal}, {@code answers}. */
    public void addTo(Model model, TaskContext task) {
        model.addAttribute("proposal", load(task));
        model.addAttribute("answers", RoleAgreementResponseForm.ANSWERS);
    }
}
