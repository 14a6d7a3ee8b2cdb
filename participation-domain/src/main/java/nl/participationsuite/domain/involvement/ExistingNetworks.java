package nl.participationsuite.domain.involvement;

import java.util.List;

import nl.participationsuite.domain.trajectory.TrajectoryId;
import org.springframework.data.jpa.repository.JpaRepository;

/** The networks mapped for trajectories. */
interface ExistingNetworks extends JpaRepository<ExistingNetwork, ExistingNetworkId> {

    List<ExistingNetwork> findByTrajectoryIdOrderByName(TrajectoryId trajectoryId);
}
