package nl.participationsuite.domain.roles;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/** All role agreements, current and replaced. */
interface RoleAgreements extends JpaRepository<RoleAgreement, RoleAgreementId> {

    @Query("select a from RoleAgreement a where a.trajectoryId = :trajectoryId order by a.proposedAt asc, a.revision asc")
    List<RoleAgreement> findByTrajectoryIdOrderByProposedAtAscRevisionAsc(TrajectoryId trajectoryId);

    @Query("select a from RoleAgreement a where a.trajectoryId = :trajectoryId and a.replacedAt is null order by a.proposedAt asc")
    List<RoleAgreement> findByTrajectoryIdAndReplacedAtIsNullOrderByProposedAtAsc(TrajectoryId trajectoryId);

    @Query("select a from RoleAgreement a where a.trajectoryId = :trajectoryId and a.participantId = :participantId order by a.revision asc")
    List<RoleAgreement> findByTrajectoryIdAndParticipantIdOrderByRevisionAsc(TrajectoryId trajectoryId,
            ParticipantId participantId);

    @Query("select a from RoleAgreement a where a.trajectoryId = :trajectoryId and a.participantId = :participantId and a.replacedAt is null")
    Optional<RoleAgreement> findByTrajectoryIdAndParticipantIdAndReplacedAtIsNull(TrajectoryId trajectoryId,
            ParticipantId participantId);
}
