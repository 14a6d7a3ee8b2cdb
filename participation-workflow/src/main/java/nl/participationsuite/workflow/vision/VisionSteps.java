package nl.participationsuite.workflow.vision;

import java.util.List;
import java.util.Map;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.domain.vision.VisionVersion;
import nl.participationsuite.domain.vision.VisionVersionId;
import nl.participationsuite.workflow.TrajectoryProcess.FormKeys;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.Executions;
import nl.participationsuite.workflow.tasks.OutcomeHandler;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shared-vision phase: the coordinator drafts, every participant reviews the version under
 * review, the coordinator revises until all endorse, then the version is adopted. Which version is
 * under review is the domain's to say (the trajectory's latest), so no version id travels in the process.
 */
@Configuration(proxyBeanMethods = false)
class VisionSteps {

    /** Drafts the first version and puts it out for review at once. */
    @Bean
    OutcomeHandler<VisionDraftOutcome> visionDraftHandler(VisionService visions) {
        return OutcomeHandler.of(FormKeys.VISION_DRAFT, VisionDraftOutcome.class, (task, outcome) -> {
            VisionVersion draft = visions.draft(task.trajectoryId(), outcome.content());
            visions.submitForReview(draft.id());
            return Map.of();
        });
    }

    /** The review of the person the task is assigned to (only they can complete it), on the version under review. */
    @Bean
    OutcomeHandler<VisionReviewOutcome> visionReviewHandler(VisionService visions, TrajectoryService trajectories) {
        return OutcomeHandler.of(FormKeys.VISION_REVIEW, VisionReviewOutcome.class, (task, outcome) -> {
            Participant reviewer = trajectories.get(task.trajectoryId()).participantOf(task.actor())
                    .orElseThrow(() -> new RuleViolationException("participantId", "participant.unknown",
                            "only a participant reviews the shared vision"));
            visions.review(underReview(visions, task.trajectoryId()), reviewer.id(), outcome.verdict(),
                    outcome.comment());
            return Map.of();
        });
    }

    /** The next version with the revised content, out for a new review round. */
    @Bean
    OutcomeHandler<VisionRevisionOutcome> visionRevisionHandler(VisionService visions) {
        return OutcomeHandler.of(FormKeys.VISION_REVISION, VisionRevisionOutcome.class, (task, outcome) -> {
            VisionVersion next = visions.revise(underReview(visions, task.trajectoryId()), outcome.content());
            visions.submitForReview(next.id());
            return Map.of();
        });
    }

    /** {@code allEndorsed}: every participant still taking part endorsed the version of this round. */
    @Bean("checkEndorsements")
    JavaDelegate checkEndorsements(VisionService visions, TrajectoryService trajectories) {
        return execution -> {
            Trajectory trajectory = trajectories.get(Executions.trajectoryId(execution));
            List<ParticipantId> reviewers = trajectory.activeParticipants().stream().map(Participant::id).toList();
            execution.setVariable(VariableNames.ALL_ENDORSED,
                    visions.reviewSummary(underReview(visions, trajectory.id()), reviewers).allEndorsed());
        };
    }

    @Bean("adoptVision")
    JavaDelegate adoptVision(VisionService visions) {
        return execution -> visions.adopt(underReview(visions, Executions.trajectoryId(execution)));
    }

    /** The trajectory's latest version: the one the current round reviews (the domain refuses it when it is not in review). */
    private static VisionVersionId underReview(VisionService visions, TrajectoryId trajectoryId) {
        return visions.current(trajectoryId).map(VisionVersion::id)
                .orElseThrow(() -> new NotFoundException("shared vision of trajectory", trajectoryId));
    }
}
