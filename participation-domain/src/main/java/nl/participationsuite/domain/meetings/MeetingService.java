package nl.participationsuite.domain.meetings;

import java.time.Clock;
import java.util.List;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Planning meetings of a trajectory and recording who attended. */
@Service
@Transactional
public class MeetingService {

    private final TrajectoryService trajectoryService;

    private final Meetings meetings;

    private final Clock clock;

    MeetingService(TrajectoryService trajectoryService, Meetings meetings, Clock clock) {
        this.trajectoryService = trajectoryService;
        this.meetings = meetings;
        this.clock = clock;
    }

    public Meeting plan(TrajectoryId trajectoryId, PlanMeeting plan) {
        return meetings.save(new Meeting(trajectoryService.get(trajectoryId), plan, clock.instant()));
    }

    /** Records the attendance of several participants at once: all of it, or none when one entry breaks a rule. */
    public Meeting recordAttendance(MeetingId meetingId, List<RecordAttendance> entries) {
        Meeting meeting = get(meetingId);
        meeting.recordAttendance(trajectoryService.get(meeting.trajectoryId()), List.copyOf(entries), clock.instant());
        return meetings.save(meeting);
    }

    public Meeting recordAttendance(MeetingId meetingId, ParticipantId participantId, AttendanceStatus status) {
        return recordAttendance(meetingId, List.of(new RecordAttendance(participantId, status)));
    }

    @Transactional(readOnly = true)
    public Meeting get(MeetingId meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
    }

    /** Meetings that are not over yet (including one under way), soonest first. */
    @Transactional(readOnly = true)
    public List<Meeting> upcoming(TrajectoryId trajectoryId) {
        return meetings.findByTrajectoryIdAndEndsAtAfterOrderByStartsAt(trajectoryService.get(trajectoryId).id(),
                clock.instant());
    }

    /** Meetings that are over, most recent first. */
    @Transactional(readOnly = true)
    public List<Meeting> past(TrajectoryId trajectoryId) {
        return meetings.findByTrajectoryIdAndEndsAtLessThanEqualOrderByStartsAtDesc(trajectoryService.get(trajectoryId).id(),
                clock.instant());
    }
}
