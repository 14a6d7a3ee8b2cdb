package nl.participationsuite.domain.trajectory;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The phases each trajectory entered, and when. */
public interface PhaseTransitions extends JpaRepository<PhaseTransition, UUID> {

    @Query("select t from PhaseTransition t where t.trajectoryId = :trajectoryId order by t.enteredAt asc, t.cycle asc")
    List<PhaseTransition> findByTrajectoryIdOrderByEnteredAtAscCycleAsc(TrajectoryId trajectoryId);
}
