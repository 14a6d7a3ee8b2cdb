package nl.participationsuite.web.api.meetings;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.meetings.AttendanceStatus;
import nl.participationsuite.domain.meetings.PlanMeeting;
import nl.participationsuite.domain.meetings.RecordAttendance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
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
 * of the trajectory, until the meeting is over; the coordinator plans, changes and cancels meetings and
 * records who came. A trajectory outside the caller's scope, a meeting of another trajectory, and an answer
 * from someone who does not take part answer 404; changing or cancelling a meeting that has started or was
 * cancelled answers 409.
 */
@RestController
@Tag(name = "meetings", description = "A trajectory's meetings and the answers to their invitations")
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
     * A meeting: when, where, who leads it, agenda, accessibility notes, minutes (after it),
     * {@code myAnswer}, the caller's answer to the invitation (null: none, or not a participant), and whether it
     * was cancelled, with the reason.
     */
    record MeetingView(MeetingId id, Instant startsAt, Instant endsAt, String venueName, VenueType venueType,
            boolean neutralFacilitator, String facilitatorName, String agenda, String accessibilityNotes,
            String minutes, ReplyAnswer myAnswer, boolean cancelled, String cancellationReason) {
    }

    /** The answer to a meeting's invitation. */
    record ReplyRequest(@NotNull ReplyAnswer answer) {
    }

    @GetMapping
    @Operation(operationId = "listMeetings", summary = "The trajectory's meetings with your answer to each invitation",
            description = "Those not over yet, soonest first; with past=true the latest that are over, with their minutes.")
    @ApiResponse(responseCode = "200", description = "The meetings")
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
                meeting.agenda(), meeting.accessibilityNotes(), meeting.minutes(), mine.get(meeting.id()),
                meeting.isCancelled(), meeting.cancellationReason())).toList();
    }

    /** Answers the invitation, or changes the answer; refused (400) once the meeting is over. */
    @PutMapping("/{meetingId}/reply")
    @Operation(operationId = "replyToMeeting", summary = "Answers a meeting's invitation (yes, no, maybe)",
            description = "As a participant of the trajectory, until the meeting is over; a later answer replaces the earlier one.")
    @ApiResponse(responseCode = "200", description = "The meeting with your answer")
    MeetingView reply(@PathVariable UUID trajectoryId, @PathVariable UUID meetingId,
            @Valid @RequestBody ReplyRequest request) {
        Trajectory trajectory = visible(trajectoryId);
        Meeting meeting = meetings.get(new MeetingId(meetingId));
        if (!meeting.trajectoryId().equals(trajectory.id())) {
            throw new NotFoundException("meeting", meetingId);
        }
        ParticipantId participant = me(trajectory).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        MeetingReply reply = meetings.reply(meeting.id(), participant, request.answer());
        return view(meeting, reply.answer());
    }

    /**
     * What the coordinator plans: when (ISO instants, not in the past), where and what kind of venue,
     * who leads it (a professional's name, or someone neutral), whether the invitation was checked for
     * plain language, the agenda and accessibility notes.
     */
    record PlanRequest(@NotNull Instant startsAt, @NotNull Instant endsAt, @NotBlank @Size(max = 200) String venueName,
            @NotNull VenueType venueType, boolean neutralFacilitator, @Size(max = 120) String facilitatorName,
            boolean plainLanguageChecked, @Size(max = 10_000) String agenda, @Size(max = 1000) String accessibilityNotes) {

        /** The meeting as planning and changing take it. */
        PlanMeeting toPlan() {
            return new PlanMeeting(startsAt, endsAt, venueName, venueType, neutralFacilitator, facilitatorName,
                    plainLanguageChecked, agenda, accessibilityNotes);
        }
    }

    /** After the meeting: who came (participants taking part; the others are not recorded) and short minutes. */
    record OutcomeRequest(@NotNull @Valid List<@NotNull AttendanceEntry> attendance,
            @Size(max = Meeting.MAXIMUM_MINUTES) String minutes) {
    }

    /** One participant's attendance. */
    record AttendanceEntry(@NotNull ParticipantId participantId, @NotNull AttendanceStatus status) {
    }

    @GetMapping("/{meetingId}")
    @Operation(operationId = "getMeeting", summary = "One meeting of the trajectory with your answer to its invitation")
    @ApiResponse(responseCode = "200", description = "The meeting")
    MeetingView read(@PathVariable UUID trajectoryId, @PathVariable UUID meetingId) {
        Trajectory trajectory = visible(trajectoryId);
        Meeting meeting = meetingOf(trajectory, meetingId);
        ReplyAnswer mine = me(trajectory).flatMap(participant -> meetings.replies(List.of(meeting.id()), List.of(participant))
                .stream().findFirst()).map(MeetingReply::answer).orElse(null);
        return view(meeting, mine);
    }

    /**
     * Plans a meeting: the trajectory's coordinator. The workspace's form warns about times and venues
     * the residents did not choose; the API plans what it is given (their preferences are in the
     * trajectory's motivation conversations).
     */
    @PostMapping
    @Operation(operationId = "planMeeting", summary = "Plans a meeting of the trajectory",
            description = "The trajectory's coordinator; every participant sees it in the portal and can answer the "
                    + "invitation. Refused (400) in the past, ending before it starts, or on a closed trajectory.")
    @ApiResponse(responseCode = "201", description = "Planned; Location names the meeting")
    ResponseEntity<MeetingView> plan(@PathVariable UUID trajectoryId, @Valid @RequestBody PlanRequest request) {
        Trajectory trajectory = trajectories.coordinatedBy(new TrajectoryId(trajectoryId), currentPerson.get().id());
        Meeting planned = meetings.plan(trajectory.id(), request.toPlan());
        return ResponseEntity.created(URI.create("/api/v1/trajectories/" + trajectory.id() + "/meetings/" + planned.id()))
                .body(view(planned, null));
    }

    /** Records who came and the minutes together, once the meeting has started: the trajectory's coordinator. */
    @PutMapping("/{meetingId}/outcome")
    @Operation(operationId = "recordMeetingOutcome", summary = "Records who came to a meeting and its minutes",
            description = "The trajectory's coordinator, once the meeting has started; all of it or nothing. Every "
                    + "participant reads the minutes in the portal. A later record replaces the earlier one.")
    @ApiResponse(responseCode = "200", description = "The meeting with its minutes")
    MeetingView recordOutcome(@PathVariable UUID trajectoryId, @PathVariable UUID meetingId,
            @Valid @RequestBody OutcomeRequest request) {
        Meeting meeting = coordinatedMeeting(trajectoryId, meetingId);
        Meeting recorded = meetings.recordOutcome(meeting.id(), request.attendance().stream()
                .map(entry -> new RecordAttendance(entry.participantId(), entry.status())).toList(), request.minutes());
        return view(recorded, null);
    }

    /**
     * Changes a meeting that has not started: the trajectory's coordinator, with everything as planning asks it
     * (the whole meeting, not a part). The residents taking part hear of it, with a new calendar file.
     */
    @PutMapping("/{meetingId}")
    @Operation(operationId = "changeMeeting", summary = "Changes a meeting that has not started",
            description = "The trajectory's coordinator, with the same fields and rules as planning; every resident taking "
                    + "part hears of it, with the calendar entry updated (same UID, next SEQUENCE). Refused (400) in the "
                    + "past or ending before it starts; 409 once the meeting has started or was cancelled.")
    @ApiResponse(responseCode = "200", description = "The changed meeting")
    @ApiResponse(responseCode = "409", description = "The meeting has started (reason MEETING_STARTED) or was cancelled "
            + "(MEETING_CANCELLED); nothing was changed")
    MeetingView change(@PathVariable UUID trajectoryId, @PathVariable UUID meetingId,
            @Valid @RequestBody PlanRequest request) {
        Meeting meeting = coordinatedMeeting(trajectoryId, meetingId);
        return view(meetings.change(meeting.id(), request.toPlan()), null);
    }

    /** Why a meeting is cancelled: one short line the participants read. */
    record CancelRequest(@NotBlank @Size(max = Meeting.MAXIMUM_CANCELLATION_REASON) String reason) {
    }

    /** Cancels a meeting that has not started, with a reason: the trajectory's coordinator. */
    @PostMapping("/{meetingId}/cancel")
    @Operation(operationId = "cancelMeeting", summary = "Cancels a meeting that has not started",
            description = "The trajectory's coordinator, with a short reason (one line) that the participants read; every "
                    + "resident taking part hears of it, with a calendar cancellation (METHOD:CANCEL). A cancelled meeting "
                    + "is no longer answered or attended. 409 once the meeting has started or was cancelled.")
    @ApiResponse(responseCode = "200", description = "The cancelled meeting")
    @ApiResponse(responseCode = "409", description = "The meeting has started (reason MEETING_STARTED) or was cancelled "
            + "already (MEETING_CANCELLED); nothing was changed")
    MeetingView cancel(@PathVariable UUID trajectoryId, @PathVariable UUID meetingId,
            @Valid @RequestBody CancelRequest request) {
        Meeting meeting = coordinatedMeeting(trajectoryId, meetingId);
        return view(meetings.cancel(meeting.id(), request.reason()), null);
    }

    private static MeetingView view(Meeting meeting, ReplyAnswer mine) {
        return new MeetingView(meeting.id(), meeting.startsAt(), meeting.endsAt(), meeting.venueName(),
                meeting.venueType(), meeting.neutralFacilitator(), meeting.facilitatorName(), meeting.agenda(),
                meeting.accessibilityNotes(), meeting.minutes(), mine, meeting.isCancelled(), meeting.cancellationReason());
    }

    /** A meeting of a trajectory the current person coordinates; anything else is not found. */
    private Meeting coordinatedMeeting(UUID trajectoryId, UUID meetingId) {
        return meetingOf(trajectories.coordinatedBy(new TrajectoryId(trajectoryId), currentPerson.get().id()), meetingId);
    }

    /** The meeting, when it is one of the trajectory's; any other is not found. */
    private Meeting meetingOf(Trajectory trajectory, UUID meetingId) {
        Meeting meeting = meetings.get(new MeetingId(meetingId));
        if (!meeting.trajectoryId().equals(trajectory.id())) {
            throw new NotFoundException("meeting", meetingId);
        }
        return meeting;
    }

    /** The caller as a participant of the trajectory, when they take part in it. */
    private Optional<ParticipantId> me(Trajectory trajectory) {
        return trajectory.participantOf(currentPerson.get().id()).map(Participant::id);
    }

    private Trajectory visible(UUID trajectoryId) {
        return trajectories.visibleTo(new TrajectoryId(trajectoryId), currentPerson.get().id());
    }
}
