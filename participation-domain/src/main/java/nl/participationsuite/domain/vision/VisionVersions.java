package nl.participationsuite.domain.vision;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/** All versions of all shared visions. */
interface VisionVersions extends JpaRepository<VisionVersion, VisionVersionId> {

    @Query("select v from VisionVersion v where v.trajectoryId = :trajectoryId order by v.number asc")
    List<VisionVersion> findByTrajectoryIdOrderByNumberAsc(TrajectoryId trajectoryId);

    @Query("select v from VisionVersion v where v.trajectoryId = :trajectoryId order by v.number desc")
    List<VisionVersion> findNewestFirst(TrajectoryId trajectoryId, Limit limit);

    default Optional<VisionVersion> findFirstByTrajectoryIdOrderByNumberDesc(TrajectoryId trajectoryId) {
        return findNewestFirst(trajectoryId, Limit.of(1)).stream().findFirst();
    }

    @Query("select v from VisionVersion v where v.trajectoryId = :trajectoryId and v.status = :status order by v.number")
    List<VisionVersion> findWithStatus(TrajectoryId trajectoryId, VisionStatus status, Limit limit);

    default Optional<VisionVersion> findFirstByTrajectoryIdAndStatus(TrajectoryId trajectoryId, VisionStatus status) {
        return findWithStatus(trajectoryId, status, Limit.of(1)).stream().findFirst();
    }
}
