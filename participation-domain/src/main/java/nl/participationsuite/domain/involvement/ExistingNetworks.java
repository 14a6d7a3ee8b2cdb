package nl.participationsuite.domain.involvement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/** The networks mapped for trajectories. */
interface ExistingNetworks extends JpaRepository<ExistingNetwork, ExistingNetworkId> {

    @Query("select n from ExistingNetwork n where n.trajectoryId = :trajectoryId order by n.name")
    List<ExistingNetwork> findByTrajectoryIdOrderByName(TrajectoryId trajectoryId);
}
