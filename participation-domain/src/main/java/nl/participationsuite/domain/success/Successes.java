package nl.participationsuite.domain.success;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/** All registered successes. */
interface Successes extends JpaRepository<Success, SuccessId> {

    @Query("select s from Success s where s.trajectoryId = :trajectoryId order by s.achievedOn asc, s.createdAt asc")
    List<Success> findByTrajectoryIdOrderByAchievedOnAscCreatedAtAsc(TrajectoryId trajectoryId);

    /** One page of a trajectory's successes of a kind (null for any), the latest achieved first, the id breaking ties. */
    @Query(value = """
            select s from Success s
            where s.trajectoryId = :trajectory and (:kind is null or s.kind = :kind)
            order by s.achievedOn desc, s.createdAt desc, s.id.value desc""",
            countQuery = """
            select count(s) from Success s
            where s.trajectoryId = :trajectory and (:kind is null or s.kind = :kind)""")
    Page<Success> findPage(TrajectoryId trajectory, SuccessKind kind, Pageable page);

    /** The latest {@code perTrajectory} successes made visible in each of these trajectories, newest first, in one statement. */
    @Query("""
            select new nl.participationsuite.domain.success.VisibleSuccess(s.trajectoryId, s.title, s.description,
                   s.achievedOn, s.visibleAt)
            from Success s
            where s.trajectoryId in :trajectories and s.visibleAt is not null
              and (select count(o) from Success o
                   where o.trajectoryId = s.trajectoryId and o.visibleAt > s.visibleAt) < :perTrajectory
            order by s.visibleAt desc""")
    List<VisibleSuccess> findLatestVisible(Collection<TrajectoryId> trajectories, long perTrajectory);
}
