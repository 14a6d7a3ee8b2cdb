package nl.participationsuite.domain.meetings;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;

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

    /** The meetings of some trajectories not over yet, soonest first, without their attendance: one statement. */
    @Query("""
            select new nl.participationsuite.domain.meetings.MeetingSummary(m.id, m.trajectoryId, m.startsAt, m.endsAt,
                m.venueName, m.venueType, m.neutralFacilitator, m.facilitatorName, m.agenda, m.accessibilityNotes, m.minutes,
                m.cancellationReason)
            from Meeting m where m.trajectoryId in :trajectoryIds and m.endsAt > :now order by m.startsAt, m.id""")
    List<MeetingSummary> findUpcoming(Collection<TrajectoryId> trajectoryIds, Instant now);

    /** The meetings of some trajectories that are over, most recent first, without their attendance: one statement. */
    @Query("""
            select new nl.participationsuite.domain.meetings.MeetingSummary(m.id, m.trajectoryId, m.startsAt, m.endsAt,
                m.venueName, m.venueType, m.neutralFacilitator, m.facilitatorName, m.agenda, m.accessibilityNotes, m.minutes,
                m.cancellationReason)
            from Meeting m where m.trajectoryId in :trajectoryIds and m.endsAt <= :now order by m.startsAt desc, m.id""")
    List<MeetingSummary> findPast(Collection<TrajectoryId> trajectoryIds, Instant now, Pageable page);
}
