package nl.participationsuite.web.workspace.tasks;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.success.CriterionResult;
import nl.participationsuite.domain.success.CycleDecision;
import nl.participationsuite.domain.success.ReportSuccess;
import nl.participationsuite.domain.vision.SuccessCriterion;
import nl.participationsuite.domain.vision.SuccessCriterionId;
import nl.participationsuite.workflow.success.SuccessReportOutcome;

/**
 * The evaluation of a cycle: one row per criterion of the adopted vision, in the vision's order
 * (the criterion's id travels in a hidden field), a summary and the decision. The field names are
 * the domain's, so a rule the domain enforces lands on its field. The domain asks an explanation
 * for every criterion, also one that was met: what shows that it was.
 */
record SuccessReportForm(List<@Valid AssessmentRow> assessments, @NotBlank @Size(max = 4000) String summary,
        @NotNull CycleDecision decision) {

    SuccessReportForm {
        assessments = assessments == null ? List.of() : List.copyOf(assessments.stream()
                .map(row -> row == null ? new AssessmentRow(null, null, null) : row).toList());
    }

    /** How far one criterion was met, and why. */
    record AssessmentRow(UUID criterionId, @NotNull CriterionResult result,
            @NotBlank @Size(max = 2000) String explanation) {
    }

    /** An empty row for every criterion. */
    static SuccessReportForm emptyFor(List<SuccessCriterion> criteria) {
        return new SuccessReportForm(criteria.stream()
                .map(criterion -> new AssessmentRow(criterion.id().value(), null, null)).toList(), null, null);
    }

    SuccessReportOutcome toOutcome() {
        return new SuccessReportOutcome(assessments.stream().map(row -> new ReportSuccess.Assessment(
                row.criterionId() == null ? null : new SuccessCriterionId(row.criterionId()), row.result(),
                row.explanation().strip())).toList(), summary.strip(), decision);
    }
}
