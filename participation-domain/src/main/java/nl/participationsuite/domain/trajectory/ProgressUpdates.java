package nl.participationsuite.domain.trajectory;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The progress updates sent to residents. */
public interface ProgressUpdates extends JpaRepository<ProgressUpdate, ProgressUpdateId> {

    @Query("select u from ProgressUpdate u where u.trajectoryId = :trajectoryId order by u.sentAt desc")
    List<ProgressUpdate> findByTrajectoryIdOrderBySentAtDesc(TrajectoryId trajectoryId);

    /** The latest {@code perTrajectory} updates of each of these trajectories, newest first, in one statement. */
    @Query("""
            select u from ProgressUpdate u
            where u.trajectoryId in :trajectories
              and (select count(o) from ProgressUpdate o
                   where o.trajectoryId = u.trajectoryId
                     and (o.sentAt > u.sentAt or (o.sentAt = u.sentAt and o.id.value > u.id.value))) < :perTrajectory
            order by u.sentAt desc, u.id.value desc""")
    List<ProgressUpdate> findLatest(Collection<TrajectoryId> trajectories, long perTrajectory);
}
