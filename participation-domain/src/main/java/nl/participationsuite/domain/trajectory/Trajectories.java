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

    /**
     * The trajectories a person takes part in, or that belong to their organisation (null for none),
     * newest first. Scope is the union of two index lookups (the organisation's trajectories, the
     * person's participations), so its cost follows what the person may see, not how many exist.
     */
    @Query(value = """
            select t from Trajectory t
            where t.id in (select o.id from Trajectory o where o.organisationId = :organisation
                           union
                           select m.id from Trajectory m join m.participants p where p.personId = :person)
            order by t.startedAt desc, t.id.value desc""",
            countQuery = """
            select count(t) from Trajectory t
            where t.id in (select o.id from Trajectory o where o.organisationId = :organisation
                           union
                           select m.id from Trajectory m join m.participants p where p.personId = :person)""")
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
            where t.id in (select o.id from Trajectory o where o.organisationId = :organisation
                           union
                           select m.id from Trajectory m join m.participants p where p.personId = :person)
              and (:phase is null or t.phase = :phase)
            order by t.startedAt desc, t.id.value desc""",
            countQuery = """
            select count(t) from Trajectory t
            where t.id in (select o.id from Trajectory o where o.organisationId = :organisation
                           union
                           select m.id from Trajectory m join m.participants p where p.personId = :person)
              and (:phase is null or t.phase = :phase)""")
    Page<TrajectorySummary> findSummariesVisibleTo(PersonId person, OrganisationId organisation, Phase phase,
            Pageable page);
}
