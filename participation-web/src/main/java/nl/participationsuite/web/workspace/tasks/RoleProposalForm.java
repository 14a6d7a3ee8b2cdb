package nl.participationsuite.web.workspace.tasks;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import nl.participationsuite.domain.roles.Role;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.workflow.roles.RoleProposalOutcome;

/**
 * The coordinator's proposals: one row per participant still taking part, in the order the page
 * lists them (the participant's id travels in a hidden field).
 */
record RoleProposalForm(List<@Valid ProposalRow> proposals) {

    RoleProposalForm {
        proposals = proposals == null ? List.of() : List.copyOf(proposals.stream()
                .map(row -> row == null ? new ProposalRow(null, null, null, null, null) : row).toList());
    }

    /** The terms proposed to one participant; the hours as text, see {@link RoleTermsForm}. */
    record ProposalRow(UUID participantId, @NotNull Role role, @NotBlank @Size(max = 2000) String responsibilities,
            @NotBlank @Pattern(regexp = RoleTermsForm.HOURS) String hoursPerMonth,
            @Size(max = 2000) String supportAgreed) {
    }

    /** An empty row for every participant. */
    static RoleProposalForm emptyFor(List<TaskParticipants.Named> participants) {
        return new RoleProposalForm(participants.stream()
                .map(participant -> new ProposalRow(participant.id(), null, null, null, null)).toList());
    }

    /**
     * No more hours a month than an agreement can hold, on each row. A resident's own boundary (no
     * more hours than they want to give) is the domain's rule: its refusal comes back on the row's field.
     */
    void checkHours(Errors errors) {
        for (int i = 0; i < proposals.size(); i++) {
            RoleTermsForm.checkHours("proposals[" + i + "].hoursPerMonth", proposals.get(i).hoursPerMonth(), errors);
        }
    }

    RoleProposalOutcome toOutcome() {
        return new RoleProposalOutcome(proposals.stream().map(row -> new RoleProposalOutcome.Proposal(
                row.participantId() == null ? null : new ParticipantId(row.participantId()), row.role(),
                row.responsibilities().strip(), RoleTermsForm.hours(row.hoursPerMonth()), RoleTermsForm.blankToNull(row.supportAgreed())))
                .toList());
    }
}
