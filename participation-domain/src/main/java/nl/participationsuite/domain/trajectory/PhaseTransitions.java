package nl.participationsuite.domain.trajectory;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The phases each trajectory entered, and when. */
public interface PhaseTransitions extends JpaRepository<PhaseTransition, UUID> {

    List<PhaseTransition> findByTrajectoryIdOrderByEnteredAtAscCycleAsc(TrajectoryId trajectoryId);
}
