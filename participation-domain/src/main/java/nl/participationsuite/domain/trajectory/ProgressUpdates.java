package nl.participationsuite.domain.trajectory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The progress updates sent to residents. */
public interface ProgressUpdates extends JpaRepository<ProgressUpdate, ProgressUpdateId> {

    @Query("select u from ProgressUpdate u where u.trajectoryId = :trajectoryId order by u.sentAt desc")
    List<ProgressUpdate> findByTrajectoryIdOrderBySentAtDesc(TrajectoryId trajectoryId);
}
