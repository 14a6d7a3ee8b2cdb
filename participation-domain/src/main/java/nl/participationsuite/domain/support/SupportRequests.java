package nl.participationsuite.domain.support;

import java.util.List;

import nl.participationsuite.domain.trajectory.TrajectoryId;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All support requests. */
interface SupportRequests extends JpaRepository<SupportRequest, SupportRequestId> {

    List<SupportRequest> findByTrajectoryIdOrderByRequestedAt(TrajectoryId trajectoryId);

    @Query("select coalesce(sum(r.amountCents), 0) from SupportRequest r where r.trajectoryId = :trajectoryId and r.status = :status")
    long sumOfAmounts(TrajectoryId trajectoryId, SupportStatus status);
}
