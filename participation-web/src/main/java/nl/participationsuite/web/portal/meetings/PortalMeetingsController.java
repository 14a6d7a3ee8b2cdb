package nl.participationsuite.web.portal.meetings;

import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingId;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.ReplyAnswer;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.web.portal.ResidentTrajectories;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.forms.Notice;

/**
 * The meetings of my trajectories: what is coming (agenda, place, time, who leads it, what to know to
 * get in), whether I come (yes, no, maybe; I can change it until the meeting is over), a calendar
 * file per meeting, and the minutes of the latest past ones. A meeting of a trajectory I do not take
 * part in does not exist here.
 */
@Controller
@RequestMapping(PortalMeetingsController.PATH)
class PortalMeetingsController {

    static final String PATH = "/portaal/bijeenkomsten";

    static final String VIEW = "portal/meetings/meetings";

    private final PortalMeetings overview;

    private final MeetingService meetings;

    private final ResidentTrajectories residentTrajectories;

    private final CurrentPerson currentPerson;

    private final MeetingCalendarFiles calendarFiles;

    PortalMeetingsController(PortalMeetings overview, MeetingService meetings, ResidentTrajectories residentTrajectories,
            CurrentPerson currentPerson, MeetingCalendarFiles calendarFiles) {
        this.overview = overview;
        this.meetings = meetings;
        this.residentTrajectories = residentTrajectories;
        this.currentPerson = currentPerson;
        this.calendarFiles = calendarFiles;
    }

    /** An answer that could not be recorded: for which meeting, and the message key saying why. */
    record ReplyError(UUID meetingId, String messageKey) {
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("page", overview.of(currentPerson.get().id()));
        model.addAttribute("answers", ReplyAnswer.values());
        return VIEW;
    }

    @PostMapping("/{meetingId}/antwoord")
    String reply(@PathVariable UUID meetingId, @RequestParam(name = "answer", required = false) String answer,
            Model model, RedirectAttributes redirect) {
        Person me = currentPerson.get();
        Meeting meeting = meetings.get(new MeetingId(meetingId));
        ParticipantId myself = residentTrajectories.participantIn(meeting.trajectoryId().value(), me);
        ReplyAnswer chosen = parse(answer);
        if (chosen == null) {
            return refused(meetingId, "portal.meetings.reply.required", model);
        }
        try {
            meetings.reply(meeting.id(), myself, chosen);
        }
        catch (RuleViolationException ex) {
            return refused(meetingId, "rule." + ex.code(), model);
        }
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("portal.meetings.notice.replied." + chosen));
        return "redirect:" + PATH + "#meeting-" + meetingId;
    }

    @GetMapping(path = "/{meetingId}/agenda.ics")
    ResponseEntity<byte[]> calendar(@PathVariable UUID meetingId) {
        Person me = currentPerson.get();
        Meeting meeting = meetings.get(new MeetingId(meetingId));
        residentTrajectories.participantIn(meeting.trajectoryId().value(), me);
        byte[] file = calendarFiles.file(meeting, LocaleContextHolder.getLocale());
        String name = calendarFiles.fileName(meeting);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(MeetingCalendar.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(file);
    }

    private String refused(UUID meetingId, String messageKey, Model model) {
        model.addAttribute("replyError", new ReplyError(meetingId, messageKey));
        return list(model);
    }

    private static ReplyAnswer parse(String answer) {
        if (answer == null) {
            return null;
        }
        try {
            return ReplyAnswer.valueOf(answer);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }
}
