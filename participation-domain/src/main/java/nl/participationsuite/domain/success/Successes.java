package nl.participationsuite.domain.success;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/** All registered successes. */
interface Successes extends JpaRepository<Success, SuccessId> {

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
}
