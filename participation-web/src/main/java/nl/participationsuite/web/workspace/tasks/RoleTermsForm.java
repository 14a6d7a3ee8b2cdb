package nl.participationsuite.web.workspace.tasks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.roles.RoleAgreement;
import nl.participationsuite.workflow.roles.RoleRenegotiationOutcome;

/**
 * The revised terms the coordinator proposes to a participant who asked to renegotiate. The field
 * names are the domain's, so a rule the domain enforces lands on its field. The hours are taken as
 * text and checked here, so that "veel" is an error on the field and not a form that cannot be bound.
 */
record RoleTermsForm(@NotNull Role role, @NotBlank @Size(max = 2000) String responsibilities,
        @NotBlank @Pattern(regexp = HOURS) String hoursPerMonth, @Size(max = 2000) String supportAgreed) {

    /** A whole number (or nothing: that is the required check's to say). */
    static final String HOURS = "\\s*\\d{0,4}\\s*";

    /** The terms of the current agreement, to start the revision from. */
    static RoleTermsForm of(RoleAgreement agreement) {
        return new RoleTermsForm(agreement.role(), agreement.responsibilities(),
                Integer.toString(agreement.hoursPerMonth()), agreement.supportAgreed());
    }

    /** No more hours a month than an agreement can hold. */
    void checkHours(Errors errors) {
        checkHours("hoursPerMonth", hoursPerMonth, errors);
    }

    static void checkHours(String field, String hours, Errors errors) {
        Integer value = hours(hours);
        if (value != null && value > RoleAgreement.MAX_HOURS_PER_MONTH && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "Max", new Object[] { field, RoleAgreement.MAX_HOURS_PER_MONTH }, null);
        }
    }

    RoleRenegotiationOutcome toOutcome() {
        return new RoleRenegotiationOutcome(role, responsibilities.strip(), hours(hoursPerMonth),
                blankToNull(supportAgreed));
    }

    /** The hours as a number, or null when there are none or they are no whole number. */
    static Integer hours(String text) {
        if (text == null || text.isBlank() || !text.matches(HOURS)) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
