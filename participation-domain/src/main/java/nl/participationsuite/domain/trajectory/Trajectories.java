package nl.participationsuite.domain.trajectory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All trajectories. */
public interface Trajectories extends JpaRepository<Trajectory, TrajectoryId> {

    @Query(value = "select nextval('trajectory_reference_seq')", nativeQuery = true)
    long nextReferenceNumber();

    @Query("select t from Trajectory t join t.participants p where p.personId = :person order by t.startedAt desc")
    List<Trajectory> findByParticipant(PersonId person);
}
