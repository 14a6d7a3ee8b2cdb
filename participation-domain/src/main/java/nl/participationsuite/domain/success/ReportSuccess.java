package nl.participationsuite.domain.success;

import java.util.List;

import nl.participationsuite.domain.vision.SuccessCriterionId;

/** The success report of a cycle: every criterion of the definition of success assessed, a summary and the decision. */
public record ReportSuccess(List<Assessment> assessments, String summary, CycleDecision decision) {

    /** How far one criterion was met, and why. */
    public record Assessment(SuccessCriterionId criterionId, CriterionResult result, String explanation) {
    }
}
