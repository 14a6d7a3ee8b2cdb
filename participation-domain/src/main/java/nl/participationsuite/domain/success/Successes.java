package nl.participationsuite.domain.success;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/** All registered successes. */
interface Successes extends JpaRepository<Success, SuccessId> {

    List<Success> findByTrajectoryIdOrderByAchievedOnAscCreatedAtAsc(TrajectoryId trajectoryId);
}
