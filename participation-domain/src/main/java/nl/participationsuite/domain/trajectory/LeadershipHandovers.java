package nl.participationsuite.domain.trajectory;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every handover of a trajectory's coordinator or contact person role. */
public interface LeadershipHandovers extends JpaRepository<LeadershipHandover, UUID> {

    @Query("select h from LeadershipHandover h where h.trajectoryId = :trajectoryId order by h.handedOverAt desc, h.id desc")
    List<LeadershipHandover> findByTrajectoryIdNewestFirst(TrajectoryId trajectoryId);
}
