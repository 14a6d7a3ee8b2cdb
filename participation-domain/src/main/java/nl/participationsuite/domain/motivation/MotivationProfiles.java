package nl.participationsuite.domain.motivation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/** The residents' motivation profiles. */
interface MotivationProfiles extends JpaRepository<MotivationProfile, MotivationProfileId> {

    @Query("select m from MotivationProfile m where m.trajectoryId = :trajectoryId and m.participantId = :participantId")
    Optional<MotivationProfile> findByTrajectoryIdAndParticipantId(TrajectoryId trajectoryId, ParticipantId participantId);

    @Query("select m from MotivationProfile m where m.trajectoryId = :trajectoryId order by m.createdAt")
    List<MotivationProfile> findByTrajectoryIdOrderByCreatedAt(TrajectoryId trajectoryId);
}
