package nl.participationsuite.domain.meetings;

import java.time.Instant;
import java.util.List;

import nl.participationsuite.domain.trajectory.TrajectoryId;
import org.springframework.data.jpa.repository.JpaRepository;

/** All meetings. */
interface Meetings extends JpaRepository<Meeting, MeetingId> {

    /** Meetings not over yet (planned or under way), soonest first. */
    List<Meeting> findByTrajectoryIdAndEndsAtAfterOrderByStartsAt(TrajectoryId trajectoryId, Instant now);

    /** Meetings that are over, most recent first. */
    List<Meeting> findByTrajectoryIdAndEndsAtLessThanEqualOrderByStartsAtDesc(TrajectoryId trajectoryId, Instant now);
}
