package nl.participationsuite.domain.meetings;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.PageRequest;

import nl.participationsuite.domain.notification.NotificationKind;
import nl.participationsuite.domain.notification.NotificationService;
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

    private final MeetingReplies replies;

    private final Clock clock;

    private final NotificationService notifications;

    MeetingService(TrajectoryService trajectoryService, Meetings meetings, MeetingReplies replies, Clock clock,
            NotificationService notifications) {
        this.trajectoryService = trajectoryService;
        this.meetings = meetings;
        this.replies = replies;
        this.clock = clock;
        this.notifications = notifications;
    }

    /** Plans a meeting; the residents taking part hear of it in the same transaction. */
    public Meeting plan(TrajectoryId trajectoryId, PlanMeeting plan) {
        Meeting meeting = meetings.save(new Meeting(trajectoryService.get(trajectoryId), plan, clock.instant()));
        notifications.news(NotificationKind.MEETING_PLANNED, trajectoryId, meeting.id().value());
        return meeting;
    }

    /**
     * Changes a meeting that has not started and was not cancelled (the same rules as planning); the residents
     * taking part hear of it in the same transaction. A started or cancelled one is a {@code StateConflictException}.
     */
    public Meeting change(MeetingId meetingId, PlanMeeting plan) {
        Meeting meeting = get(meetingId);
        meeting.change(trajectoryService.get(meeting.trajectoryId()), plan, clock.instant());
        Meeting changed = meetings.save(meeting);
        notifications.news(NotificationKind.MEETING_CHANGED, meeting.trajectoryId(), meeting.id().value());
        return changed;
    }

    /**
     * Cancels a meeting that has not started, with a short reason; the residents taking part hear of it in the
     * same transaction. A started or cancelled one is a {@code StateConflictException}.
     */
    public Meeting cancel(MeetingId meetingId, String reason) {
        Meeting meeting = get(meetingId);
        meeting.cancel(trajectoryService.get(meeting.trajectoryId()), reason, clock.instant());
        Meeting cancelled = meetings.save(meeting);
        notifications.news(NotificationKind.MEETING_CANCELLED, meeting.trajectoryId(), meeting.id().value());
        return cancelled;
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

    /**
     * A participant says whether they will come, or changes their answer; the meeting's rules decide
     * who may and until when.
     */
    public MeetingReply reply(MeetingId meetingId, ParticipantId participantId, ReplyAnswer answer) {
        Meeting meeting = get(meetingId);
        MeetingReply earlier = participantId == null ? null
                : replies.findByMeetingIdAndParticipantId(meetingId, participantId).orElse(null);
        return replies.save(meeting.reply(trajectoryService.get(meeting.trajectoryId()), participantId, answer, earlier,
                clock.instant()));
    }

    /**
     * After the meeting: who came and the short minutes, together (all of it, or nothing when one part
     * breaks a rule).
     */
    public Meeting recordOutcome(MeetingId meetingId, List<RecordAttendance> entries, String minutes) {
        Meeting meeting = get(meetingId);
        meeting.recordAttendance(trajectoryService.get(meeting.trajectoryId()), List.copyOf(entries), clock.instant());
        meeting.recordMinutes(minutes, clock.instant());
        return meetings.save(meeting);
    }

    /** The answers given to a meeting's invitation. */
    @Transactional(readOnly = true)
    public List<MeetingReply> replies(MeetingId meetingId) {
        return replies.findByMeetingId(meetingId);
    }

    /** The answers of some participants to some meetings, in one statement. */
    @Transactional(readOnly = true)
    public List<MeetingReply> replies(Collection<MeetingId> meetingIds, Collection<ParticipantId> participantIds) {
        if (meetingIds.isEmpty() || participantIds.isEmpty()) {
            return List.of();
        }
        return replies.findByMeetingIdInAndParticipantIdIn(meetingIds, participantIds);
    }

    /** The meetings of some trajectories that are not over yet, soonest first; the caller decided they may be seen. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> upcoming(Collection<TrajectoryId> trajectoryIds) {
        return trajectoryIds.isEmpty() ? List.of() : meetings.findUpcoming(trajectoryIds, clock.instant());
    }

    /** The latest meetings of some trajectories that are over, most recent first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> past(Collection<TrajectoryId> trajectoryIds, int limit) {
        return trajectoryIds.isEmpty() ? List.of()
                : meetings.findPast(trajectoryIds, clock.instant(), PageRequest.of(0, limit));
    }
}
