package nl.participationsuite.web.workspace.tasks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.roles.RoleAgreement;
import nl.participationsuite.workflow.roles.RoleRenegotiationOutcome;

/**
 * The revised terms the coordinator proposes to a participant who asked to renegotiate. The field
 * names are the domain's, so a rule the domain enforces lands on its field.
 */
record RoleTermsForm(@NotNull Role role, @NotBlank @Size(max = 2000) String responsibilities,
        @NotNull @Min(0) @Max(RoleAgreement.MAX_HOURS_PER_MONTH) Integer hoursPerMonth,
        @Size(max = 2000) String supportAgreed) {

    /** The terms of the current agreement, to start the revision from. */
    static RoleTermsForm of(RoleAgreement agreement) {
        return new RoleTermsForm(agreement.role(), agreement.responsibilities(), agreement.hoursPerMonth(),
                agreement.supportAgreed());
    }

    RoleRenegotiationOutcome toOutcome() {
        return new RoleRenegotiationOutcome(role, responsibilities.strip(), hoursPerMonth, blankToNull(supportAgreed));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
