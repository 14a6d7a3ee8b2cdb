package nl.participationsuite.domain.trajectory;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All trajectories. */
public interface Trajectories extends JpaRepository<Trajectory, TrajectoryId> {

    @Query(value = "select nextval('trajectory_reference_seq')", nativeQuery = true)
    long nextReferenceNumber();

    @Query("select t from Trajectory t join t.participants p where p.personId = :person order by t.startedAt desc")
    List<Trajectory> findByParticipant(PersonId person);

    /** The trajectories a person takes part in, or that belong to their organisation (null for none), newest first. */
    @Query("""
            select t from Trajectory t
            where t.organisationId = :organisation
               or exists (select 1 from Trajectory m join m.participants p where m = t and p.personId = :person)
            order by t.startedAt desc, t.id.value desc""")
    Page<Trajectory> findVisibleTo(PersonId person, OrganisationId organisation, Pageable page);

    /**
     * One page of the trajectories a person takes part in or that belong to their organisation (null
     * for none), in a phase (null for any), newest first (the id breaks ties so that pages never
     * overlap): the rows with their coordinator's name in one statement, and a count.
     */
    @Query(value = """
            select new nl.participationsuite.domain.trajectory.TrajectorySummary(t.id, t.reference, t.title, t.topic,
                t.area, t.kind, t.intendedLevel, t.phase, t.cycle, t.startedAt, t.closedAt, t.coordinatorId, c.displayName)
            from Trajectory t join Person c on c.id = t.coordinatorId
            where (t.organisationId = :organisation
                   or exists (select 1 from Trajectory m join m.participants p where m = t and p.personId = :person))
              and (:phase is null or t.phase = :phase)
            order by t.startedAt desc, t.id.value desc""",
            countQuery = """
            select count(t) from Trajectory t
            where (t.organisationId = :organisation
                   or exists (select 1 from Trajectory m join m.participants p where m = t and p.personId = :person))
              and (:phase is null or t.phase = :phase)""")
    Page<TrajectorySummary> findSummariesVisibleTo(PersonId person, OrganisationId organisation, Phase phase,
            Pageable page);
}
