package nl.participationsuite.domain.vision;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;

/** Drafting, reviewing, revising and adopting the shared vision of a trajectory. */
@Service
@Transactional
public class VisionService {

    private final VisionVersions versions;

    private final TrajectoryService trajectories;

    private final Clock clock;

    VisionService(VisionVersions versions, TrajectoryService trajectories, Clock clock) {
        this.versions = versions;
        this.trajectories = trajectories;
        this.clock = clock;
    }

    /** The first version of the trajectory's vision; later versions come from {@link #revise}. */
    public VisionVersion draft(TrajectoryId trajectoryId, VisionContent content) {
        Trajectory trajectory = openTrajectory(trajectoryId);
        versions.findFirstByTrajectoryIdOrderByNumberDesc(trajectoryId).ifPresent(latest -> {
            if (latest.isAdopted()) {
                throw new RuleViolationException("vision", "vision.already-adopted",
                        "trajectory " + trajectory.reference() + " already has an adopted vision");
            }
            throw new RuleViolationException("vision", "vision.in-progress",
                    "trajectory " + trajectory.reference() + " already has a vision in progress; revise it");
        });
        return versions.save(VisionVersion.first(trajectory, content));
    }

    public VisionVersion submitForReview(VisionVersionId versionId) {
        VisionVersion version = get(versionId);
        openTrajectory(version.trajectoryId());
        version.submitForReview(clock.instant());
        return version;
    }

    /** A participant endorses the version or asks for a change (with a comment); once per participant. */
    public VisionVersion review(VisionVersionId versionId, ParticipantId participantId, ReviewVerdict verdict,
            String comment) {
        VisionVersion version = get(versionId);
        Trajectory trajectory = openTrajectory(version.trajectoryId());
        version.review(trajectory.participant(participantId), verdict, comment, clock.instant());
        return version;
    }

    public VisionVersion endorse(VisionVersionId versionId, ParticipantId participantId, String comment) {
        return review(versionId, participantId, ReviewVerdict.ENDORSED, comment);
    }

    public VisionVersion requestChange(VisionVersionId versionId, ParticipantId participantId, String comment) {
        return review(versionId, participantId, ReviewVerdict.CHANGE_REQUESTED, comment);
    }

    @Transactional(readOnly = true)
    public ReviewSummary reviewSummary(VisionVersionId versionId, List<ParticipantId> reviewers) {
        return get(versionId).summary(reviewers);
    }

    /** Whether every one of the given reviewers endorsed the version. */
    @Transactional(readOnly = true)
    public boolean allEndorsed(VisionVersionId versionId, List<ParticipantId> reviewers) {
        return reviewSummary(versionId, reviewers).allEndorsed();
    }

    /** The next version with the new content, as a draft; the revised version is superseded. */
    public VisionVersion revise(VisionVersionId versionId, VisionContent content) {
        VisionVersion version = get(versionId);
        Trajectory trajectory = openTrajectory(version.trajectoryId());
        return versions.save(version.revise(trajectory, content, clock.instant()));
    }

    /** Adopts the version; refused unless it was reviewed and every review endorses it. */
    public VisionVersion adopt(VisionVersionId versionId) {
        VisionVersion version = get(versionId);
        openTrajectory(version.trajectoryId());
        version.adopt(clock.instant());
        return version;
    }

    @Transactional(readOnly = true)
    public VisionVersion get(VisionVersionId versionId) {
        return versions.findById(versionId).orElseThrow(() -> new NotFoundException("vision version", versionId));
    }

    /** The latest version of the trajectory's vision, whatever its status. */
    @Transactional(readOnly = true)
    public Optional<VisionVersion> current(TrajectoryId trajectoryId) {
        return versions.findFirstByTrajectoryIdOrderByNumberDesc(trajectoryId);
    }

    /** The adopted (frozen) version of the trajectory's vision, if there is one yet. */
    @Transactional(readOnly = true)
    public Optional<VisionVersion> adopted(TrajectoryId trajectoryId) {
        return versions.findFirstByTrajectoryIdAndStatus(trajectoryId, VisionStatus.ADOPTED);
    }

    /** Every version, oldest first. */
    @Transactional(readOnly = true)
    public List<VisionVersion> versions(TrajectoryId trajectoryId) {
        return versions.findByTrajectoryIdOrderByNumberAsc(trajectoryId);
    }

    private Trajectory openTrajectory(TrajectoryId trajectoryId) {
        Trajectory trajectory = trajectories.get(trajectoryId);
        trajectory.requireOpen();
        return trajectory;
    }
}
