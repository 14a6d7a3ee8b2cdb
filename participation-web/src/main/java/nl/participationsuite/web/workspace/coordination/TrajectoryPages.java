package nl.participationsuite.web.workspace.coordination;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;

import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingId;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.web.workspace.trajectory.TrajectoryPaths;
import nl.participationsuite.web.forms.Refusals;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where the coordination pages lead back to, how they read a chosen id, and the meeting a page is about. */
final class TrajectoryPages {

    /** A trajectory's page in the workspace; its actions live below it. */
    static final String TRAJECTORY = "/werkruimte/trajecten/{id}";

    private TrajectoryPages() {
    }

    static String path(TrajectoryId id) {
        return TrajectoryPaths.trajectory(id.value());
    }

    /** Back to the trajectory's page, with a notice. */
    static String backTo(TrajectoryId id, Notice notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute(Notice.ATTRIBUTE, notice);
        return "redirect:" + path(id);
    }

    /**
     * The id a form's choice names, or null with a field error when it is none (only a tampered
     * request sends that: the choices are the page's own). Text on the form, so that the page can
     * always be shown again.
     */
    static UUID id(String field, String value, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        }
        catch (IllegalArgumentException ex) {
            Refusals.rejectField(errors, field, "typeMismatch", value);
            return null;
        }
    }

    /** The meeting, when it is one of this trajectory's; any other (or an unknown one) is not found. */
    static Meeting meetingOf(MeetingService meetings, Trajectory trajectory, UUID meetingId) {
        Meeting meeting = meetings.get(new MeetingId(meetingId));
        if (!meeting.trajectoryId().equals(trajectory.id())) {
            throw new NotFoundException("meeting", meetingId);
        }
        return meeting;
    }

    /**
     * When a meeting on {@code date} from {@code start} ends: 00:00 after a later start is the midnight that
     * ends the day (a meeting until 24:00), any other time is on the same day.
     */
    static LocalDateTime meetingEnd(LocalDate date, LocalTime start, LocalTime end) {
        if (end.equals(LocalTime.MIDNIGHT) && start.isAfter(LocalTime.MIDNIGHT)) {
            return date.plusDays(1).atStartOfDay();
        }
        return date.atTime(end);
    }

    /**
     * A date or time as the browser's field sends it (2026-12-03, 19:30), or null with a field error
     * when it is not. Text on the form, so that a wrong value shows on the page again.
     */
    static <T> T parse(String field, String value, Function<String, T> parser, BindingResult errors) {
        if (value == null || value.isBlank() || errors.hasFieldErrors(field)) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        }
        catch (DateTimeParseException ex) {
            Refusals.rejectField(errors, field, "typeMismatch", value);
            return null;
        }
    }
}
