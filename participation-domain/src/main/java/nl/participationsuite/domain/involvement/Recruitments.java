package nl.participationsuite.domain.involvement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/** How residents were recruited. */
interface Recruitments extends JpaRepository<Recruitment, RecruitmentId> {

    @Query("select r from Recruitment r where r.trajectoryId = :trajectoryId order by r.recordedAt")
    List<Recruitment> findByTrajectoryIdOrderByRecordedAt(TrajectoryId trajectoryId);

    @Query("select count(r) > 0 from Recruitment r where r.trajectoryId = :trajectoryId and r.participantId = :participantId")
    boolean existsByTrajectoryIdAndParticipantId(TrajectoryId trajectoryId, ParticipantId participantId);
}
