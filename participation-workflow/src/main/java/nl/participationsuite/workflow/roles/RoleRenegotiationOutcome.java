package nl.participationsuite.workflow.roles;

import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.roles.RoleTerms;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/** The revised terms the coordinator proposes to the participant who asked to renegotiate. */
public record RoleRenegotiationOutcome(Role role, String responsibilities, Integer hoursPerMonth,
        String supportAgreed) implements TaskOutcome {

    RoleTerms terms() {
        return new RoleTerms(role, responsibilities, hoursPerMonth, supportAgreed);
    }
}
