package nl.participationsuite.workflow.success;

import java.util.List;

import nl.participationsuite.domain.success.CycleDecision;
import nl.participationsuite.domain.success.ReportSuccess;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * The evaluation of the cycle: each criterion of the adopted vision's definition of success met,
 * partly met or not met with an explanation, a summary, and whether the trajectory closes or starts a new cycle.
 */
public record SuccessReportOutcome(List<ReportSuccess.Assessment> assessments, String summary, CycleDecision decision)
        implements TaskOutcome {
}
