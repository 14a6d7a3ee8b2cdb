package nl.participationsuite.web.portal.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.participationsuite.domain.meetings.MeetingId;
import nl.participationsuite.domain.meetings.MeetingReply;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.MeetingSummary;
import nl.participationsuite.domain.meetings.ReplyAnswer;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.trajectory.ActiveParticipation;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;

/**
 * The meetings of the trajectories a person takes part in now (resident or not, seat or not): the
 * upcoming ones with their own answer, and the latest past ones with their minutes.
 */
@Component
class PortalMeetings {

    /** How many past meetings the page shows. */
    static final int LATEST_PAST = 5;

    private final TrajectoryService trajectories;

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");

    private final MeetingService meetings;

    private final Clock clock;

    PortalMeetings(TrajectoryService trajectories, MeetingService meetings, Clock clock) {
        this.trajectories = trajectories;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The page: nothing in either list when the person takes part in nothing (any more). */
    record Overview(boolean takingPart, List<MeetingItem> upcoming, List<MeetingItem> past) {
    }

    /**
     * A meeting as the portal shows it, its end as a time of day ("21:00"); {@code myAnswer} is null
     * while I did not answer (and for a past one); {@code cancellationReason} is null unless it was cancelled
     * (it is then shown as cancelled, without the reply form).
     */
    record MeetingItem(UUID id, String trajectoryTitle, Instant startsAt, String endTime, String venueName,
            VenueType venueType, String facilitatorName, boolean neutralFacilitator, String agenda,
            String accessibilityNotes, String minutes, ReplyAnswer myAnswer, String cancellationReason) {
    }

    /**
     * In four statements whatever the number of trajectories and meetings: my participations, the
     * upcoming meetings of all of them, my answers to those, and the latest past meetings.
     */
    Overview of(PersonId me) {
        List<ActiveParticipation> current = trajectories.activeParticipations(me);
        if (current.isEmpty()) {
            return new Overview(false, List.of(), List.of());
        }
        Map<TrajectoryId, String> titles = current.stream()
                .collect(Collectors.toMap(ActiveParticipation::trajectoryId, ActiveParticipation::title, (a, b) -> a));
        List<TrajectoryId> ids = List.copyOf(titles.keySet());
        List<ParticipantId> mine = current.stream().map(ActiveParticipation::participantId).toList();
        List<MeetingSummary> upcoming = meetings.upcoming(ids);
        Map<MeetingId, ReplyAnswer> answers = meetings.replies(upcoming.stream().map(MeetingSummary::id).toList(), mine)
                .stream().collect(Collectors.toMap(MeetingReply::meetingId, MeetingReply::answer, (a, b) -> a));
        return new Overview(true,
                upcoming.stream().map(item(titles, answers::get)).toList(),
                meetings.past(ids, LATEST_PAST).stream().map(item(titles, id -> null)).toList());
    }

    private Function<MeetingSummary, MeetingItem> item(Map<TrajectoryId, String> titles,
            Function<MeetingId, ReplyAnswer> answers) {
        return meeting -> new MeetingItem(meeting.id().value(), titles.get(meeting.trajectoryId()), meeting.startsAt(),
                TIME_OF_DAY.format(meeting.endsAt().atZone(clock.getZone())), meeting.venueName(), meeting.venueType(), meeting.facilitatorName(),
                meeting.neutralFacilitator(), meeting.agenda(), meeting.accessibilityNotes(), meeting.minutes(),
                answers.apply(meeting.id()), meeting.cancellationReason());
    }
}
