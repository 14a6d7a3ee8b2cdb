package nl.participationsuite.domain.seats;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/** All steering groups, one per trajectory at most. */
interface SteeringGroups extends JpaRepository<SteeringGroup, SteeringGroupId> {

    Optional<SteeringGroup> findByTrajectoryId(TrajectoryId trajectoryId);

    List<SteeringGroup> findByTrajectoryIdIn(Collection<TrajectoryId> trajectoryIds);

    @Query("select g from SteeringGroup g join g.seats s where s.id = :seatId")
    Optional<SteeringGroup> findBySeat(SeatId seatId);
}
