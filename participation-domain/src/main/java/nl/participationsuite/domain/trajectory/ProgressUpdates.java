package nl.participationsuite.domain.trajectory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The progress updates sent to residents. */
public interface ProgressUpdates extends JpaRepository<ProgressUpdate, ProgressUpdateId> {

    List<ProgressUpdate> findByTrajectoryIdOrderBySentAtDesc(TrajectoryId trajectoryId);
}
