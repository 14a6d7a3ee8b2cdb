package nl.participationsuite.domain.seats;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/** All decision rounds of all steering groups. */
interface DecisionRounds extends JpaRepository<DecisionRound, DecisionRoundId> {

    List<DecisionRound> findByTrajectoryIdOrderByOpenedAtAsc(TrajectoryId trajectoryId);

    List<DecisionRound> findByClosedAtIsNullAndDeadlineLessThanEqualOrderByDeadlineAsc(Instant now);
}
