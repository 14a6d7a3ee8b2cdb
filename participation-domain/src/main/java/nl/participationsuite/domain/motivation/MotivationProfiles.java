package nl.participationsuite.domain.motivation;

import java.util.List;
import java.util.Optional;

import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import org.springframework.data.jpa.repository.JpaRepository;

/** The residents' motivation profiles. */
interface MotivationProfiles extends JpaRepository<MotivationProfile, MotivationProfileId> {

    Optional<MotivationProfile> findByTrajectoryIdAndParticipantId(TrajectoryId trajectoryId, ParticipantId participantId);

    List<MotivationProfile> findByTrajectoryIdOrderByCreatedAt(TrajectoryId trajectoryId);
}
