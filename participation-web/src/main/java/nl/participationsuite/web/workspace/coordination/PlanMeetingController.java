package nl.participationsuite.web.workspace.coordination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.PlanMeeting;
import nl.participationsuite.domain.meetings.VenueType;
import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.motivation.ResidentPreferences;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.Refusals;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.forms.Notice;
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
 * The coordinator plans a meeting of the trajectory: the day and hours (in the product's time zone),
 * where (residents come more easily to familiar or neutral ground), who leads it, and whether the
 * invitation was checked for plain language. The form shows when the residents said they can take
 * part and at what kind of venue (their boundaries), and warns when the meeting falls outside their
 * times or is at a kind of venue none of them chose: the coordinator can still plan it, by confirming
 * on a second submit.
 */
@Controller
@RequestMapping(TrajectoryPages.TRAJECTORY + "/bijeenkomsten/nieuw")
class PlanMeetingController {

    static final String VIEW = "workspace/coordination/plan-meeting";


    /** The domain's moments, as this form asks them. */
    private static final Map<String, String> RENAMED = Map.of("startsAt", "startTime", "endsAt", "endTime");

    private final TrajectoryService trajectories;

    private final MeetingService meetings;

    private final ResidentOptions participants;

    private final CurrentPerson currentPerson;

    private final MotivationService motivations;

    private final Clock clock;

    PlanMeetingController(TrajectoryService trajectories, MeetingService meetings, MotivationService motivations,
            ResidentOptions participants, CurrentPerson currentPerson, Clock clock) {
        this.trajectories = trajectories;
        this.meetings = meetings;
        this.motivations = motivations;
        this.participants = participants;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    /**
     * What the form holds; the facilitator is one of the trajectory's professionals, or someone
     * neutral. {@code plannedAnyway} confirms a moment outside the residents' preferred times.
     */
    record MeetingForm(@NotBlank String date, @NotBlank String startTime, @NotBlank String endTime,
            @NotNull VenueType venueType, @NotBlank @Size(max = 200) String venueName,
            @Size(max = 120) String facilitatorName, Boolean neutralFacilitator, Boolean plainLanguageChecked,
            @Size(max = 10_000) String agenda, @Size(max = 1000) String accessibilityNotes, Boolean plannedAnyway) {
    }

    /** A part of the week the meeting touches that not every resident chose: how many did, of how many. */
    record TimeWarning(PreferredTime time, int choosing, int residents) {
    }

    @ModelAttribute("venueTypes")
    VenueType[] venueTypes() {
        return VenueType.values();
    }

    @GetMapping
    String initForm(@PathVariable UUID id, Model model) {
        prepare(coordinated(id), model);
        model.addAttribute("form", new MeetingForm(null, null, null, null, null, null, null, null, null, null, null));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable UUID id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Trajectory trajectory = coordinated(id);
        ResidentPreferences preferences = prepare(trajectory, model);
        // The browser sends the date as 2026-12-03 and times as 19:30; text fields, so that a wrong one shows on the form.
        LocalDate date = TrajectoryPages.parse("date", form.date(), LocalDate::parse, errors);
        LocalTime start = TrajectoryPages.parse("startTime", form.startTime(), LocalTime::parse, errors);
        LocalTime end = TrajectoryPages.parse("endTime", form.endTime(), LocalTime::parse, errors);
        if (errors.hasErrors()) {
            return VIEW;
        }
        List<TimeWarning> warnings = preferences.outside(zoned(date.atTime(start)),
                zoned(TrajectoryPages.meetingEnd(date, start, end))).entrySet().stream()
                .map(outside -> new TimeWarning(outside.getKey(), outside.getValue(), preferences.residents()))
                .toList();
        boolean venueNoneChose = preferences.noneChose(form.venueType());
        if ((!warnings.isEmpty() || venueNoneChose) && !Boolean.TRUE.equals(form.plannedAnyway())) {
            model.addAttribute("timeWarnings", warnings);
            model.addAttribute("venueWarning", venueNoneChose);
            return VIEW;
        }
        try {
            meetings.plan(trajectory.id(), new PlanMeeting(moment(date.atTime(start)),
                    moment(TrajectoryPages.meetingEnd(date, start, end)), form.venueName(),
                    form.venueType(), Boolean.TRUE.equals(form.neutralFacilitator()), form.facilitatorName(),
                    Boolean.TRUE.equals(form.plainLanguageChecked()), form.agenda(), form.accessibilityNotes()));
        }
        catch (RuleViolationException ex) {
            Refusals.reject(errors, ex, RENAMED);
            return VIEW;
        }
        return TrajectoryPages.backTo(trajectory.id(), Notice.success("coordination.notice.meeting-planned"), redirect);
    }


    /** The day and time as the product's time zone has them (Europe/Amsterdam). */
    private Instant moment(LocalDateTime time) {
        return zoned(time).toInstant();
    }

    private ZonedDateTime zoned(LocalDateTime time) {
        return time.atZone(clock.getZone());
    }

    private ResidentPreferences prepare(Trajectory trajectory, Model model) {
        ResidentPreferences preferences = motivations.residentPreferences(trajectory.id());
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("professionals", participants.activeProfessionals(trajectory));
        model.addAttribute("preferences", preferences);
        model.addAttribute("preferredTimes", PreferredTime.values());
        model.addAttribute("timeWarnings", List.of());
        model.addAttribute("venueWarning", false);
        return preferences;
    }

    private Trajectory coordinated(UUID id) {
        return trajectories.coordinatedBy(new TrajectoryId(id), currentPerson.get().id());
    }
}
