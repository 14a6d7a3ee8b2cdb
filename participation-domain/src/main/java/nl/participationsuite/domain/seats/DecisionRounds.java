package nl.participationsuite.domain.seats;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/** All decision rounds of all steering groups. */
interface DecisionRounds extends JpaRepository<DecisionRound, DecisionRoundId> {

    @Query("select r from DecisionRound r where r.trajectoryId = :trajectoryId order by r.openedAt asc")
    List<DecisionRound> findByTrajectoryIdOrderByOpenedAtAsc(TrajectoryId trajectoryId);

    @Query("select r from DecisionRound r where r.closedAt is null and r.deadline <= :now order by r.deadline asc")
    List<DecisionRound> findByClosedAtIsNullAndDeadlineLessThanEqualOrderByDeadlineAsc(Instant now);
}
