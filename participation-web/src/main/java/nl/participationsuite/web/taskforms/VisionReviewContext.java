package nl.participationsuite.web.taskforms;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.domain.vision.ReviewVerdict;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.domain.vision.VisionStatus;
import nl.participationsuite.domain.vision.VisionVersion;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * The version of the shared vision under review (the trajectory's latest, as the process reviews
 * it): its goal, what each party expects, its definition of success, and the reviews given so far.
 */
@Component
public class VisionReviewContext {

    private final TrajectoryService trajectories;

    private final VisionService visions;

    private final ParticipantNames names;

    VisionReviewContext(TrajectoryService trajectories, VisionService visions, ParticipantNames names) {
        this.trajectories = trajectories;
        this.visions = visions;
        this.names = names;
    }

    /** The version under review; {@code inReview} is false once it was adopted or revised meanwhile. */
    public record Version(int number, boolean inReview, String sharedGoal, List<Expectation> expectations,
            List<Criterion> successCriteria, Instant submittedAt, List<Review> reviews) {
    }

    /** What a party expects; {@code participantName} only for one named participant. */
    public record Expectation(Party party, String participantName, String text) {
    }

    public record Criterion(String description, String measuredBy, String target) {
    }

    /** A review given so far, by whom (display name), with its comment if any. */
    public record Review(String reviewer, ReviewVerdict verdict, String comment, Instant reviewedAt) {
    }

    public Version load(TaskContext task) {
        Trajectory trajectory = trajectories.get(task.trajectoryId());
        VisionVersion version = visions.current(trajectory.id())
                .orElseThrow(() -> new NotFoundException("shared vision of trajectory", trajectory.id()));
        Map<ParticipantId, String> participants = names.ofParticipants(trajectory);
        return new Version(version.number(), version.status() == VisionStatus.IN_REVIEW, version.sharedGoal(),
                version.expectations().stream().map(expectation -> new Expectation(expectation.party(),
                        expectation.participantId() == null ? null : participants.get(expectation.participantId()),
                        expectation.expectation())).toList(),
                version.successCriteria().stream().map(criterion -> new Criterion(criterion.description(),
                        criterion.measuredBy(), criterion.target())).toList(),
                version.submittedAt(),
                version.reviews().stream().map(review -> new Review(participants.get(review.participantId()),
                        review.verdict(), review.comment(), review.reviewedAt())).toList());
    }

    /** What the task's page shows beside its form, for the workspace and the portal alike: {@code version}, {@code verdicts}. */
    public void addTo(Model model, TaskContext task) {
        model.addAttribute("version", load(task));
        model.addAttribute("verdicts", VisionReviewForm.VERDICTS);
    }
}
