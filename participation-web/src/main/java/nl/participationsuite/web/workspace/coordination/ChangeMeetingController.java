package nl.participationsuite.web.workspace.coordination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.PlanMeeting;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.StateConflictException;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.web.forms.Refusals;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.workspace.coordination.PlanMeetingController.MeetingForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator changes a planned meeting (the same fields and rules as planning) or cancels it with a short
 * reason, on one page with two forms, until it starts. The residents taking part hear of either in the same
 * action. A meeting that has started or was cancelled is shown without forms; one posted anyway (a second tab,
 * a colleague) answers on the page that nothing was changed.
 */
@Controller
@RequestMapping(TrajectoryPages.TRAJECTORY + "/bijeenkomsten/{meetingId}")
class ChangeMeetingController {

    static final String VIEW = "workspace/coordination/change-meeting";

    /** The domain's moments, as this form asks them. */
    private static final Map<String, String> RENAMED = Map.of("startsAt", "startTime", "endsAt", "endTime");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final TrajectoryService trajectories;

    private final MeetingService meetings;

    private final ResidentOptions participants;

    private final CurrentPerson currentPerson;

    private final Clock clock;

    ChangeMeetingController(TrajectoryService trajectories, MeetingService meetings, ResidentOptions participants,
            CurrentPerson currentPerson, Clock clock) {
        this.trajectories = trajectories;
        this.meetings = meetings;
        this.participants = participants;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    /** Why the meeting is cancelled: one short line. */
    record CancelForm(@NotBlank @Size(max = Meeting.MAXIMUM_CANCELLATION_REASON) String reason) {
    }

    @ModelAttribute("venueTypes")
    VenueType[] venueTypes() {
        return VenueType.values();
    }

    @GetMapping("/wijzigen")
    String initForm(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
        Trajectory trajectory = coordinated(id);
        Meeting meeting = meetingOf(trajectory, meetingId);
        model.addAttribute("form", formOf(meeting));
        model.addAttribute("cancelForm", new CancelForm(null));
        return page(trajectory, meeting, model);
    }

    @PostMapping("/wijzigen")
    String processChangeForm(@PathVariable UUID id, @PathVariable UUID meetingId,
            @Valid @ModelAttribute("form") MeetingForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Trajectory trajectory = coordinated(id);
        Meeting meeting = meetingOf(trajectory, meetingId);
        model.addAttribute("cancelForm", new CancelForm(null));
        LocalDate date = TrajectoryPages.parse("date", form.date(), LocalDate::parse, errors);
        LocalTime start = TrajectoryPages.parse("startTime", form.startTime(), LocalTime::parse, errors);
        LocalTime end = TrajectoryPages.parse("endTime", form.endTime(), LocalTime::parse, errors);
        if (errors.hasErrors()) {
            return page(trajectory, meeting, model);
        }
        try {
            meetings.change(meeting.id(), new PlanMeeting(moment(date.atTime(start)),
                    moment(TrajectoryPages.meetingEnd(date, start, end)), form.venueName(),
                    form.venueType(), Boolean.TRUE.equals(form.neutralFacilitator()), form.facilitatorName(),
                    Boolean.TRUE.equals(form.plainLanguageChecked()), form.agenda(), form.accessibilityNotes()));
        }
        catch (RuleViolationException ex) {
            Refusals.reject(errors, ex, RENAMED);
            return page(trajectory, meeting, model);
        }
        catch (StateConflictException ex) {
            model.addAttribute("conflict", "conflict.meeting." + ex.reason());
            return page(trajectory, meetings.get(meeting.id()), model);
        }
        return TrajectoryPages.backTo(trajectory.id(), Notice.success("coordination.notice.meeting-changed"), redirect);
    }

    @PostMapping("/afzeggen")
    String processCancelForm(@PathVariable UUID id, @PathVariable UUID meetingId,
            @Valid @ModelAttribute("cancelForm") CancelForm cancelForm, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Trajectory trajectory = coordinated(id);
        Meeting meeting = meetingOf(trajectory, meetingId);
        model.addAttribute("form", formOf(meeting));
        if (errors.hasErrors()) {
            return page(trajectory, meeting, model);
        }
        try {
            meetings.cancel(meeting.id(), cancelForm.reason());
        }
        catch (RuleViolationException ex) {
            Refusals.reject(errors, ex);
            return page(trajectory, meeting, model);
        }
        catch (StateConflictException ex) {
            model.addAttribute("conflict", "conflict.meeting." + ex.reason());
            return page(trajectory, meetings.get(meeting.id()), model);
        }
        return TrajectoryPages.backTo(trajectory.id(), Notice.success("coordination.notice.meeting-cancelled"), redirect);
    }

    private String page(Trajectory trajectory, Meeting meeting, Model model) {
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("meeting", meeting);
        model.addAttribute("changeable", meeting.isChangeable(clock.instant()));
        model.addAttribute("professionals", participants.activeProfessionals(trajectory));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", formOf(meeting));
        }
        return VIEW;
    }

    /** The form as the meeting is now, its moments in the product's time zone. */
    private MeetingForm formOf(Meeting meeting) {
        return new MeetingForm(meeting.startsAt().atZone(clock.getZone()).toLocalDate().toString(),
                TIME.format(meeting.startsAt().atZone(clock.getZone())), TIME.format(meeting.endsAt().atZone(clock.getZone())),
                meeting.venueType(), meeting.venueName(), meeting.facilitatorName(), meeting.neutralFacilitator(),
                meeting.plainLanguageChecked(), meeting.agenda(), meeting.accessibilityNotes(), null);
    }

    private Instant moment(LocalDateTime time) {
        return time.atZone(clock.getZone()).toInstant();
    }

    private Meeting meetingOf(Trajectory trajectory, UUID meetingId) {
        return TrajectoryPages.meetingOf(meetings, trajectory, meetingId);
    }

    private Trajectory coordinated(UUID id) {
        return trajectories.coordinatedBy(new TrajectoryId(id), currentPerson.get().id());
    }
}
