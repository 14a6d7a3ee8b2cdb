package nl.participationsuite.workflow.roles;

import java.util.List;

import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.roles.RoleTerms;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/** The coordinator's proposals: one role agreement for every participant still taking part. */
public record RoleProposalOutcome(List<Proposal> proposals) implements TaskOutcome {

    /** The terms proposed to one participant. */
    public record Proposal(ParticipantId participantId, Role role, String responsibilities, Integer hoursPerMonth,
            String supportAgreed) {

        RoleTerms terms() {
            return new RoleTerms(role, responsibilities, hoursPerMonth, supportAgreed);
        }
    }
}
