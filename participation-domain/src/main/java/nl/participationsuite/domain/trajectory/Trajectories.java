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
            order by t.startedAt desc""")
    Page<Trajectory> findVisibleTo(PersonId person, OrganisationId organisation, Pageable page);
}
