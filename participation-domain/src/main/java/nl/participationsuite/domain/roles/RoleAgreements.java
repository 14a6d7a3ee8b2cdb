package nl.participationsuite.domain.roles;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/** All role agreements, current and replaced. */
interface RoleAgreements extends JpaRepository<RoleAgreement, RoleAgreementId> {

    List<RoleAgreement> findByTrajectoryIdOrderByProposedAtAscRevisionAsc(TrajectoryId trajectoryId);

    List<RoleAgreement> findByTrajectoryIdAndReplacedAtIsNullOrderByProposedAtAsc(TrajectoryId trajectoryId);

    List<RoleAgreement> findByTrajectoryIdAndParticipantIdOrderByRevisionAsc(TrajectoryId trajectoryId,
            ParticipantId participantId);

    Optional<RoleAgreement> findByTrajectoryIdAndParticipantIdAndReplacedAtIsNull(TrajectoryId trajectoryId,
            ParticipantId participantId);
}
