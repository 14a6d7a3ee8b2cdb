package nl.participationsuite.domain.trajectory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
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
     * The trajectories a person takes part in, or that belong to their organisation, newest first (a
     * person without an organisation: {@link #findTakingPartIn}). The scope is a filter on the trajectories in order of their start (an index): the
     * organisation's, or one of the person's participations (read once, as a hashed set). A page stops
     * at its last row, so a manager or coordinator of thousands of trajectories reads a page's rows,
     * not all of them (before, the union of both sets was built and sorted for every page).
     */
    @Query(value = """
            select t from Trajectory t
            where (t.organisationId = :organisation
                   or t.id in (select m.id from Trajectory m join m.participants p where p.personId = :person))
            order by t.startedAt desc, t.id.value desc""",
            countQuery = """
            select count(t) from Trajectory t
            where (t.organisationId = :organisation
                   or t.id in (select m.id from Trajectory m join m.participants p where p.personId = :person))""")
    Page<Trajectory> findVisibleTo(PersonId person, OrganisationId organisation, Pageable page);

    /**
     * One page of the trajectories a person takes part in or that belong to their organisation, in a phase (null for any), newest first (the id breaks ties so that pages never
     * overlap): the rows with their coordinator's name in one statement, and a count.
     */
    @Query(value = """
            select new nl.participationsuite.domain.trajectory.TrajectorySummary(t.id, t.reference, t.title, t.topic,
                t.area, t.kind, t.intendedLevel, t.phase, t.cycle, t.startedAt, t.closedAt, t.coordinatorId, c.displayName)
            from Trajectory t join Person c on c.id = t.coordinatorId
            where (t.organisationId = :organisation
                   or t.id in (select m.id from Trajectory m join m.participants p where p.personId = :person))
              and (:phase is null or t.phase = :phase)
            order by t.startedAt desc, t.id.value desc""",
            countQuery = """
            select count(t) from Trajectory t
            where (t.organisationId = :organisation
                   or t.id in (select m.id from Trajectory m join m.participants p where p.personId = :person))
              and (:phase is null or t.phase = :phase)""")
    Page<TrajectorySummary> findSummariesVisibleTo(PersonId person, OrganisationId organisation, Phase phase,
            Pageable page);

    /**
     * As {@link #findVisibleTo} for a person without an organisation (a resident): the trajectories
     * they take part in, from their participations (an index), never by walking all trajectories.
     */
    @Query(value = """
            select t from Trajectory t
            where t.id in (select m.id from Trajectory m join m.participants p where p.personId = :person)
            order by t.startedAt desc, t.id.value desc""",
            countQuery = """
            select count(t) from Trajectory t
            where t.id in (select m.id from Trajectory m join m.participants p where p.personId = :person)""")
    Page<Trajectory> findTakingPartIn(PersonId person, Pageable page);

    /** As {@link #findSummariesVisibleTo} for a person without an organisation (a resident). */
    @Query(value = """
            select new nl.participationsuite.domain.trajectory.TrajectorySummary(t.id, t.reference, t.title, t.topic,
                t.area, t.kind, t.intendedLevel, t.phase, t.cycle, t.startedAt, t.closedAt, t.coordinatorId, c.displayName)
            from Trajectory t join Person c on c.id = t.coordinatorId
            where t.id in (select m.id from Trajectory m join m.participants p where p.personId = :person)
              and (:phase is null or t.phase = :phase)
            order by t.startedAt desc, t.id.value desc""",
            countQuery = """
            select count(t) from Trajectory t
            where t.id in (select m.id from Trajectory m join m.participants p where p.personId = :person)
              and (:phase is null or t.phase = :phase)""")
    Page<TrajectorySummary> findSummariesTakingPartIn(PersonId person, Phase phase, Pageable page);

    /**
     * The trajectories a person takes part in and has not stepped back from, newest first, as
     * projections: no trajectory is loaded with all its participants.
     */
    @Query("""
            select new nl.participationsuite.domain.trajectory.ActiveParticipation(t.id, t.title, t.phase,
                t.contactPersonId, p.id)
            from Trajectory t join t.participants p
            where p.personId = :person and p.steppedBackAt is null
            order by t.startedAt desc, t.reference desc""")
    List<ActiveParticipation> findActiveParticipations(PersonId person);

    /** The reference and title of each of these trajectories, in one statement (for the rows of a page). */
    @Query("""
            select new nl.participationsuite.domain.trajectory.TrajectoryHeading(t.id, t.reference, t.title)
            from Trajectory t where t.id in :ids""")
    List<TrajectoryHeading> findHeadings(Collection<TrajectoryId> ids);

    /**
     * The open trajectories a person works in, as coordinator or as a participant who has not
     * stepped back, newest first, at most {@code limit}: the ones their tasks can come from. The two
     * ways are a union of index lookups, so the cost follows the person's trajectories, not all.
     */
    @Query("""
            select new nl.participationsuite.domain.trajectory.TrajectoryHeading(t.id, t.reference, t.title)
            from Trajectory t
            where t.closedAt is null
              and t.id in (select c.id from Trajectory c where c.coordinatorId = :person
                           union
                           select m.id from Trajectory m join m.participants p
                           where p.personId = :person and p.steppedBackAt is null)
            order by t.startedAt desc, t.reference desc""")
    List<TrajectoryHeading> findOpenHeadingsWorkedOnBy(PersonId person, Limit limit);

    /** One of the open trajectories a person works in (see {@link #findOpenHeadingsWorkedOnBy}), by its reference. */
    @Query("""
            select new nl.participationsuite.domain.trajectory.TrajectoryHeading(t.id, t.reference, t.title)
            from Trajectory t
            where upper(t.reference) = upper(:reference) and t.closedAt is null
              and t.id in (select c.id from Trajectory c where c.coordinatorId = :person
                           union
                           select m.id from Trajectory m join m.participants p
                           where p.personId = :person and p.steppedBackAt is null)""")
    Optional<TrajectoryHeading> findOpenHeadingWorkedOnBy(PersonId person, String reference);
}
