package nl.participationsuite.domain.meetings;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.participationsuite.domain.trajectory.TrajectoryId;

/** All meetings. */
interface Meetings extends JpaRepository<Meeting, MeetingId> {

    /** Meetings not over yet (planned or under way), soonest first. */
    @Query("select m from Meeting m where m.trajectoryId = :trajectoryId and m.endsAt > :now order by m.startsAt")
    List<Meeting> findByTrajectoryIdAndEndsAtAfterOrderByStartsAt(TrajectoryId trajectoryId, Instant now);

    /** Meetings that are over, most recent first. */
    @Query("select m from Meeting m where m.trajectoryId = :trajectoryId and m.endsAt <= :now order by m.startsAt desc")
    List<Meeting> findByTrajectoryIdAndEndsAtLessThanEqualOrderByStartsAtDesc(TrajectoryId trajectoryId, Instant now);
}
