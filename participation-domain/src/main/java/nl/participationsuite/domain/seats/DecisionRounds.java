package nl.participationsuite.domain.seats;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/** All decision rounds of all steering groups. */
interface DecisionRounds extends JpaRepository<DecisionRound, DecisionRoundId> {

    @Query("select r from DecisionRound r where r.trajectoryId = :trajectoryId order by r.openedAt asc")
    List<DecisionRound> findByTrajectoryIdOrderByOpenedAtAsc(TrajectoryId trajectoryId);

    @Query("select r from DecisionRound r where r.closedAt is null and r.deadline <= :now order by r.deadline asc")
    List<DecisionRound> findByClosedAtIsNullAndDeadlineLessThanEqualOrderByDeadlineAsc(Instant now);

    /** One page of a trajectory's rounds, the most recently opened first, the id breaking ties. */
    @Query(value = """
            select r from DecisionRound r where r.trajectoryId = :trajectory
            order by r.openedAt desc, r.id.value desc""",
            countQuery = "select count(r) from DecisionRound r where r.trajectoryId = :trajectory")
    Page<DecisionRound> findPage(TrajectoryId trajectory, Pageable page);

    /**
     * The latest {@code perTrajectory} closed rounds of each of these trajectories with their vote
     * counts, the most recently closed first, in one statement.
     */
    @Query("""
            select new nl.participationsuite.domain.seats.DecidedRound(r.trajectoryId, r.title, r.outcome, r.closedAt,
                   sum(case when v.choice = nl.participationsuite.domain.seats.VoteChoice.FOR then 1 else 0 end),
                   sum(case when v.choice = nl.participationsuite.domain.seats.VoteChoice.AGAINST then 1 else 0 end),
                   sum(case when v.choice = nl.participationsuite.domain.seats.VoteChoice.ABSTAIN then 1 else 0 end),
                   sum(case when v.choice = nl.participationsuite.domain.seats.VoteChoice.ABSENT then 1 else 0 end),
                   r.followUp)
            from DecisionRound r left join r.votes v
            where r.trajectoryId in :trajectories and r.closedAt is not null
              and (select count(o) from DecisionRound o
                   where o.trajectoryId = r.trajectoryId and o.closedAt > r.closedAt) < :perTrajectory
            group by r.id, r.trajectoryId, r.title, r.outcome, r.closedAt, r.followUp
            order by r.closedAt desc, r.id.value desc""")
    List<DecidedRound> findLatestDecided(Collection<TrajectoryId> trajectories, long perTrajectory);
}
