package nl.participationsuite.domain.input;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/** All resident input. */
interface Inputs extends JpaRepository<ResidentInput, InputId> {

    List<ResidentInput> findByTrajectoryIdOrderByReceivedAtAsc(TrajectoryId trajectoryId);

    List<ResidentInput> findByParticipantIdOrderByReceivedAtAsc(ParticipantId participantId);

    List<ResidentInput> findByStatusInAndDueAtBeforeAndEscalatedAtIsNullOrderByDueAtAsc(Collection<InputStatus> open,
            Instant now);
}
