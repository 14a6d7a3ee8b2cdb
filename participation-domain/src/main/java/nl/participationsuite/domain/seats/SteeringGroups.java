package nl.participationsuite.domain.seats;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/** All steering groups, one per trajectory at most. */
interface SteeringGroups extends JpaRepository<SteeringGroup, SteeringGroupId> {

    @Query("select g from SteeringGroup g where g.trajectoryId = :trajectoryId")
    Optional<SteeringGroup> findByTrajectoryId(TrajectoryId trajectoryId);

    /** The trajectories in whose steering group one of these participants holds a seat that is not vacated. */
    @Query("""
            select distinct g.trajectoryId from SteeringGroup g join g.seats s
            where s.holderId in :holders and s.vacatedAt is null""")
    List<TrajectoryId> findTrajectoriesSeating(Collection<ParticipantId> holders);

    @Query("select g from SteeringGroup g join g.seats s where s.id = :seatId")
    Optional<SteeringGroup> findBySeat(SeatId seatId);
}
