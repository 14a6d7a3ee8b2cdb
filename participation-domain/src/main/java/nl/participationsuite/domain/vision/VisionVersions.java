package nl.participationsuite.domain.vision;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/** All versions of all shared visions. */
interface VisionVersions extends JpaRepository<VisionVersion, VisionVersionId> {

    List<VisionVersion> findByTrajectoryIdOrderByNumberAsc(TrajectoryId trajectoryId);

    Optional<VisionVersion> findFirstByTrajectoryIdOrderByNumberDesc(TrajectoryId trajectoryId);

    Optional<VisionVersion> findFirstByTrajectoryIdAndStatus(TrajectoryId trajectoryId, VisionStatus status);
}
