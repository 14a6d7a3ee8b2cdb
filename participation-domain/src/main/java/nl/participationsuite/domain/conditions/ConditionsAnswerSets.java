package nl.participationsuite.domain.conditions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/** The participants' answers to the conditions check. */
interface ConditionsAnswerSets extends JpaRepository<ConditionsAnswerSet, ConditionsAnswerSetId> {

    @Query("select count(a) > 0 from ConditionsAnswerSet a where a.checkId = :checkId and a.participantId = :participantId")
    boolean existsByCheckIdAndParticipantId(ConditionsCheckId checkId, ParticipantId participantId);

    @Query("select a from ConditionsAnswerSet a where a.checkId = :checkId order by a.answeredAt")
    List<ConditionsAnswerSet> findByCheckIdOrderByAnsweredAt(ConditionsCheckId checkId);

    @Query("""
            select new nl.participationsuite.domain.conditions.ScoreAverage(a.checkId, s.condition, a.participantKind,
                avg(s.score), count(s))
            from ConditionsAnswerSet a join a.scores s
            where a.checkId = :checkId
            group by a.checkId, s.condition, a.participantKind""")
    List<ScoreAverage> averages(ConditionsCheckId checkId);

    /** The averages of every round of a trajectory, in one statement. */
    @Query("""
            select new nl.participationsuite.domain.conditions.ScoreAverage(a.checkId, s.condition, a.participantKind,
                avg(s.score), count(s))
            from ConditionsAnswerSet a join a.scores s
            where a.trajectoryId = :trajectoryId
            group by a.checkId, s.condition, a.participantKind""")
    List<ScoreAverage> averagesOfTrajectory(TrajectoryId trajectoryId);
}
