package nl.participationsuite.domain.support;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/** All support requests. */
interface SupportRequests extends JpaRepository<SupportRequest, SupportRequestId> {

    @Query("select r from SupportRequest r where r.trajectoryId = :trajectoryId order by r.requestedAt")
    List<SupportRequest> findByTrajectoryIdOrderByRequestedAt(TrajectoryId trajectoryId);

    /** One page of a trajectory's requests in a status (null for any), the most recent first, the id breaking ties. */
    @Query(value = """
            select r from SupportRequest r
            where r.trajectoryId = :trajectory and (:status is null or r.status = :status)
            order by r.requestedAt desc, r.id.value desc""",
            countQuery = """
            select count(r) from SupportRequest r
            where r.trajectoryId = :trajectory and (:status is null or r.status = :status)""")
    Page<SupportRequest> findPage(TrajectoryId trajectory, SupportStatus status, Pageable page);

    /** The requests of a person as a resident participant, in every trajectory, the most recent first. */
    @Query("""
            select r from SupportRequest r
            where r.participantId in (select p.id from Trajectory t join t.participants p where p.personId = :person)
            order by r.requestedAt desc, r.id.value desc""")
    List<SupportRequest> findOfPerson(PersonId person);

    @Query("select coalesce(sum(r.amountCents), 0) from SupportRequest r where r.trajectoryId = :trajectoryId and r.status = :status")
    long sumOfAmounts(TrajectoryId trajectoryId, SupportStatus status);
}
