package nl.participationsuite.web.portal.meetings;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingId;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.notification.NotificationKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.notifications.NotificationAttachments;
import nl.participationsuite.web.notifications.NotificationView;

/**
 * A meeting's calendar file as the resident gets it: downloaded from the portal's meetings page, and
 * attached to the mail (alone or in a summary) that tells of the planned, changed or cancelled meeting. One
 * place for its title, place and text.
 */
@Component
class MeetingCalendarFiles implements NotificationAttachments {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final MeetingService meetings;

    private final TrajectoryService trajectories;

    private final MessageSource messages;

    private final Clock clock;

    MeetingCalendarFiles(MeetingService meetings, TrajectoryService trajectories, MessageSource messages, Clock clock) {
        this.meetings = meetings;
        this.trajectories = trajectories;
        this.messages = messages;
        this.clock = clock;
    }

    /** The meeting as an iCalendar file in the reader's language, to download. */
    byte[] file(Meeting meeting, Locale locale) {
        return MeetingCalendar.of(meeting, clock.getZone(), summary(meeting, locale), location(meeting, locale),
                description(meeting, locale), clock.instant());
    }

    private String summary(Meeting meeting, Locale locale) {
        String title = trajectories.get(meeting.trajectoryId()).title();
        return messages.getMessage("portal.meetings.calendar.summary", new Object[] { title }, locale);
    }

    private String location(Meeting meeting, Locale locale) {
        return meeting.venueName() + " (" + messages.getMessage("trajectory.venue." + meeting.venueType(), null, locale) + ")";
    }

    /** The file's name: the meeting's date. */
    String fileName(Meeting meeting) {
        return "bijeenkomst-" + FILE_DATE.format(meeting.startsAt().atZone(clock.getZone())) + ".ics";
    }

    /**
     * The mail about a planned, changed or cancelled meeting carries its calendar file as it is now: an invitation
     * (the same UID, the SEQUENCE of the latest change) or, once the meeting was cancelled, the cancellation. A
     * mail that tells of the planning of a meeting cancelled since carries none: there is nothing to add.
     */
    @Override
    public Optional<Attachment> attachmentFor(NotificationView view, Locale locale, String sender) {
        if (!view.isMeeting() || view.subjectId() == null || view.email() == null) {
            return Optional.empty();
        }
        Meeting meeting = meetings.get(new MeetingId(view.subjectId()));
        if (meeting.isCancelled() && view.kind() == NotificationKind.MEETING_PLANNED) {
            return Optional.empty();
        }
        return Optional.of(new Attachment(fileName(meeting), MeetingCalendar.MEDIA_TYPE + ";method="
                + (meeting.isCancelled() ? "CANCEL" : "REQUEST"),
                MeetingCalendar.invitation(meeting, clock.getZone(), summary(meeting, locale), location(meeting, locale),
                        description(meeting, locale), clock.instant(), sender, view.email())));
    }

    /** The entry's text: the agenda, who leads the meeting, and what to know to get in. */
    private String description(Meeting meeting, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (meeting.isCancelled()) {
            parts.add(messages.getMessage("portal.meetings.cancelled.reason", new Object[] { meeting.cancellationReason() },
                    locale));
        }
        if (meeting.agenda() != null) {
            parts.add(messages.getMessage("portal.meetings.agenda", null, locale) + ":\n" + meeting.agenda());
        }
        if (meeting.facilitatorName() != null) {
            parts.add(messages.getMessage("portal.meetings.facilitator", null, locale) + ": " + meeting.facilitatorName());
        }
        if (meeting.accessibilityNotes() != null) {
            parts.add(messages.getMessage("portal.meetings.accessibility", null, locale) + ": "
                    + meeting.accessibilityNotes());
        }
        return String.join("\n\n", parts);
    }
}
