package nl.participationsuite.domain.involvement;

import java.util.List;

import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import org.springframework.data.jpa.repository.JpaRepository;

/** How residents were recruited. */
interface Recruitments extends JpaRepository<Recruitment, RecruitmentId> {

    List<Recruitment> findByTrajectoryIdOrderByRecordedAt(TrajectoryId trajectoryId);

    boolean existsByTrajectoryIdAndParticipantId(TrajectoryId trajectoryId, ParticipantId participantId);
}
