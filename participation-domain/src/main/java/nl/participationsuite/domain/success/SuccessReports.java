package nl.participationsuite.domain.success;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/** All success reports, one per trajectory cycle. */
interface SuccessReports extends JpaRepository<SuccessReport, SuccessReportId> {

    List<SuccessReport> findByTrajectoryIdOrderByCycleAsc(TrajectoryId trajectoryId);

    Optional<SuccessReport> findByTrajectoryIdAndCycle(TrajectoryId trajectoryId, int cycle);

    Optional<SuccessReport> findFirstByTrajectoryIdOrderByCycleDesc(TrajectoryId trajectoryId);
}
