package nl.participationsuite.domain.conditions;

import java.util.List;

import nl.participationsuite.domain.trajectory.ParticipantId;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The participants' answers to the conditions check. */
interface ConditionsAnswerSets extends JpaRepository<ConditionsAnswerSet, ConditionsAnswerSetId> {

    boolean existsByCheckIdAndParticipantId(ConditionsCheckId checkId, ParticipantId participantId);

    List<ConditionsAnswerSet> findByCheckIdOrderByAnsweredAt(ConditionsCheckId checkId);

    @Query("""
            select new nl.participationsuite.domain.conditions.ScoreAverage(s.condition, a.participantKind, avg(s.score), count(s))
            from ConditionsAnswerSet a join a.scores s
            where a.checkId = :checkId
            group by s.condition, a.participantKind""")
    List<ScoreAverage> averages(ConditionsCheckId checkId);
}
