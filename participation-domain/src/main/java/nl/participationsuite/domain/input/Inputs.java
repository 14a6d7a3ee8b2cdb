package nl.participationsuite.domain.input;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/** All resident input. */
interface Inputs extends JpaRepository<ResidentInput, InputId> {

    @Query("select i from ResidentInput i where i.trajectoryId = :trajectoryId order by i.receivedAt asc")
    List<ResidentInput> findByTrajectoryIdOrderByReceivedAtAsc(TrajectoryId trajectoryId);

    @Query("select i from ResidentInput i where i.participantId = :participantId order by i.receivedAt asc")
    List<ResidentInput> findByParticipantIdOrderByReceivedAtAsc(ParticipantId participantId);

    /** One page of a trajectory's input in a status (null for any), newest first, the id breaking ties. */
    @Query(value = """
            select i from ResidentInput i
            where i.trajectoryId = :trajectory and (:status is null or i.status = :status)
            order by i.receivedAt desc, i.id.value desc""",
            countQuery = """
            select count(i) from ResidentInput i
            where i.trajectoryId = :trajectory and (:status is null or i.status = :status)""")
    Page<ResidentInput> findPage(TrajectoryId trajectory, InputStatus status, Pageable page);

    /** The input of a person as a resident participant, in every trajectory, newest first. */
    @Query("""
            select i from ResidentInput i
            where i.participantId in (select p.id from Trajectory t join t.participants p where p.personId = :person)
            order by i.receivedAt desc, i.id.value desc""")
    List<ResidentInput> findOfPerson(PersonId person);

    @Query("select i from ResidentInput i where i.status in :open and i.dueAt < :now and i.escalatedAt is null order by i.dueAt asc")
    List<ResidentInput> findByStatusInAndDueAtBeforeAndEscalatedAtIsNullOrderByDueAtAsc(Collection<InputStatus> open,
            Instant now);
}
