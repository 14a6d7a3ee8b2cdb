package nl.participationsuite.domain.success;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.Texts;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.vision.SuccessCriterion;
import nl.participationsuite.domain.vision.SuccessCriterionId;
import nl.participationsuite.domain.vision.VisionVersion;
import nl.participationsuite.domain.vision.VisionVersionId;

/**
 * The evaluation of one cycle of a trajectory against the definition of success of its adopted
 * vision: every criterion met, partly met or not met with an explanation, a summary, and the
 * decision to close the trajectory or start a new cycle. One report per cycle; it never changes.
 */
@Entity
@Table(name = "success_report")
public class SuccessReport extends AuditedEntity {

    @EmbeddedId
    private SuccessReportId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false))
    private TrajectoryId trajectoryId;

    @Column(name = "cycle", nullable = false)
    private int cycle;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "vision_version_id", nullable = false))
    private VisionVersionId visionVersionId;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false)
    private CycleDecision decision;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "success_report_id", nullable = false)
    @OrderBy("position")
    private List<CriterionAssessment> assessments = new ArrayList<>();

    protected SuccessReport() {
    }

    /** The report of the trajectory's current cycle, measured against its adopted vision. */
    SuccessReport(Trajectory trajectory, VisionVersion adoptedVision, ReportSuccess report, Instant now) {
        if (!adoptedVision.isAdopted() || !adoptedVision.trajectoryId().equals(trajectory.id())) {
            throw new IllegalArgumentException("a success report measures against the trajectory's adopted vision");
        }
        if (report == null) {
            throw new RuleViolationException("summary", "required", "summary is required");
        }
        List<CriterionAssessment> checked = assessments(adoptedVision, report.assessments());
        String checkedSummary = Texts.required("summary", report.summary(), 4000);
        if (report.decision() == null) {
            throw new RuleViolationException("decision", "required", "decision is required");
        }
        this.id = SuccessReportId.random();
        this.trajectoryId = trajectory.id();
        this.cycle = trajectory.cycle();
        this.visionVersionId = adoptedVision.id();
        this.summary = checkedSummary;
        this.decision = report.decision();
        this.reportedAt = now;
        this.assessments.addAll(checked);
    }

    private static List<CriterionAssessment> assessments(VisionVersion vision, List<ReportSuccess.Assessment> given) {
        List<ReportSuccess.Assessment> list = given == null ? List.of() : given;
        Set<SuccessCriterionId> assessed = new HashSet<>();
        List<CriterionAssessment> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String prefix = "assessments[" + i + "].";
            ReportSuccess.Assessment assessment = list.get(i);
            if (assessment == null || assessment.criterionId() == null) {
                throw new RuleViolationException(prefix + "criterionId", "required", "criterionId is required");
            }
            if (!vision.hasCriterion(assessment.criterionId())) {
                throw new RuleViolationException(prefix + "criterionId", "success.criterion-not-in-adopted-vision",
                        "criterion " + assessment.criterionId() + " is not part of the adopted vision");
            }
            if (!assessed.add(assessment.criterionId())) {
                throw new RuleViolationException(prefix + "criterionId", "success.criterion-assessed-twice",
                        "criterion " + assessment.criterionId() + " is assessed twice");
            }
            if (assessment.result() == null) {
                throw new RuleViolationException(prefix + "result", "required", "result is required");
            }
            String explanation = Texts.required(prefix + "explanation", assessment.explanation(), 2000);
            result.add(new CriterionAssessment(i, assessment.criterionId(), assessment.result(), explanation));
        }
        for (SuccessCriterion criterion : vision.successCriteria()) {
            if (!assessed.contains(criterion.id())) {
                throw new RuleViolationException("assessments", "success.criterion-not-assessed",
                        "criterion '" + criterion.description() + "' is not assessed");
            }
        }
        return result;
    }

    public SuccessReportId id() {
        return id;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    public int cycle() {
        return cycle;
    }

    /** The adopted vision version whose definition of success this report measures against. */
    public VisionVersionId visionVersionId() {
        return visionVersionId;
    }

    public String summary() {
        return summary;
    }

    public CycleDecision decision() {
        return decision;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public List<CriterionAssessment> assessments() {
        return List.copyOf(assessments);
    }

    public Optional<CriterionAssessment> assessmentOf(SuccessCriterionId criterionId) {
        return assessments.stream().filter(a -> a.criterionId().equals(criterionId)).findFirst();
    }
}
