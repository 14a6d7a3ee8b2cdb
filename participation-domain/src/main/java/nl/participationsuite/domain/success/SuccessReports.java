package nl.participationsuite.domain.success;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/** All success reports, one per trajectory cycle. */
interface SuccessReports extends JpaRepository<SuccessReport, SuccessReportId> {

    @Query("select r from SuccessReport r where r.trajectoryId = :trajectoryId order by r.cycle asc")
    List<SuccessReport> findByTrajectoryIdOrderByCycleAsc(TrajectoryId trajectoryId);

    @Query("select r from SuccessReport r where r.trajectoryId = :trajectoryId and r.cycle = :cycle")
    Optional<SuccessReport> findByTrajectoryIdAndCycle(TrajectoryId trajectoryId, int cycle);

    @Query("select r from SuccessReport r where r.trajectoryId = :trajectoryId order by r.cycle desc")
    List<SuccessReport> findNewestFirst(TrajectoryId trajectoryId, Limit limit);

    default Optional<SuccessReport> findFirstByTrajectoryIdOrderByCycleDesc(TrajectoryId trajectoryId) {
        return findNewestFirst(trajectoryId, Limit.of(1)).stream().findFirst();
    }
}
