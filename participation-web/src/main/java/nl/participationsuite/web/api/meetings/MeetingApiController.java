package nl.participationsuite.web.api.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingId;
import nl.participationsuite.domain.meetings.MeetingReply;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.MeetingSummary;
import nl.participationsuite.domain.meetings.ReplyAnswer;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.api.ApiPages;
import nl.participationsuite.web.security.CurrentPerson;

/**
 * {@code /api/v1/trajectories/{trajectoryId}/meetings}: the trajectory's meetings that are not over
 * yet, soonest first (or with {@code past=true} the latest that are over, with their minutes), each
 * with the caller's own answer to its invitation; and answering it (yes, no, maybe) as a participant
 * of the trajectory, until the meeting is over. A trajectory outside the caller's scope, a meeting of
 * another trajectory, and an answer from someone who does not take part answer 404.
 */
@RestController
@RequestMapping("/api/v1/trajectories/{trajectoryId}/meetings")
class MeetingApiController {

    private final TrajectoryService trajectories;

    private final MeetingService meetings;

    private final CurrentPerson currentPerson;

    MeetingApiController(TrajectoryService trajectories, MeetingService meetings, CurrentPerson currentPerson) {
        this.trajectories = trajectories;
        this.meetings = meetings;
        this.currentPerson = currentPerson;
    }

    /**
     * A meeting: when, where, who leads it, agenda, accessibility notes, minutes (after it), and
     * {@code myAnswer}, the caller's answer to the invitation (null: none, or not a participant).
     */
    record MeetingView(MeetingId id, Instant startsAt, Instant endsAt, String venueName, VenueType venueType,
            boolean neutralFacilitator, String facilitatorName, String agenda, String accessibilityNotes,
            String minutes, ReplyAnswer myAnswer) {
    }

    /** The answer to a meeting's invitation. */
    record ReplyRequest(@NotNull ReplyAnswer answer) {
    }

    @GetMapping
    List<MeetingView> list(@PathVariable UUID trajectoryId, @RequestParam(defaultValue = "false") boolean past) {
        Trajectory trajectory = visible(trajectoryId);
        List<MeetingSummary> listed = past ? meetings.past(List.of(trajectory.id()), ApiPages.MAX_SIZE)
                : meetings.upcoming(List.of(trajectory.id()));
        Map<MeetingId, ReplyAnswer> mine = me(trajectory)
                .map(participant -> meetings.replies(listed.stream().map(MeetingSummary::id).toList(),
                        List.of(participant)).stream()
                        .collect(Collectors.toMap(MeetingReply::meetingId, MeetingReply::answer)))
                .orElse(Map.of());
        return listed.stream().map(meeting -> new MeetingView(meeting.id(), meeting.startsAt(), meeting.endsAt(),
                meeting.venueName(), meeting.venueType(), meeting.neutralFacilitator(), meeting.facilitatorName(),
                meeting.agenda(), meeting.accessibilityNotes(), meeting.minutes(), mine.get(meeting.id()))).toList();
    }

    /** Answers the invitation, or changes the answer; refused (400) once the meeting is over. */
    @PutMapping("/{meetingId}/reply")
    MeetingView reply(@PathVariable UUID trajectoryId, @PathVariable UUID meetingId,
            @Valid @RequestBody ReplyRequest request) {
        Trajectory trajectory = visible(trajectoryId);
        Meeting meeting = meetings.get(new MeetingId(meetingId));
        if (!meeting.trajectoryId().equals(trajectory.id())) {
            throw new NotFoundException("meeting", meetingId);
        }
        ParticipantId participant = me(trajectory).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        MeetingReply reply = meetings.reply(meeting.id(), participant, request.answer());
        return new MeetingView(meeting.id(), meeting.startsAt(), meeting.endsAt(), meeting.venueName(),
                meeting.venueType(), meeting.neutralFacilitator(), meeting.facilitatorName(), meeting.agenda(),
                meeting.accessibilityNotes(), meeting.minutes(), reply.answer());
    }

    /** The caller as a participant of the trajectory, when they take part in it. */
    private Optional<ParticipantId> me(Trajectory trajectory) {
        return trajectory.participantOf(currentPerson.get().id()).map(Participant::id);
    }

    private Trajectory visible(UUID trajectoryId) {
        return trajectories.visibleTo(new TrajectoryId(trajectoryId), currentPerson.get().id());
    }
}
