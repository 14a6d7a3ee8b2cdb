package nl.participationsuite.domain.conditions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/** The rounds of the conditions check. */
interface ConditionsChecks extends JpaRepository<ConditionsCheck, ConditionsCheckId> {

    @Query("select c from ConditionsCheck c where c.trajectoryId = :trajectoryId order by c.periodNumber")
    List<ConditionsCheck> findByTrajectoryIdOrderByPeriodNumber(TrajectoryId trajectoryId);

    @Query("select coalesce(max(c.periodNumber), 0) from ConditionsCheck c where c.trajectoryId = :trajectoryId")
    int lastPeriodNumber(TrajectoryId trajectoryId);
}
