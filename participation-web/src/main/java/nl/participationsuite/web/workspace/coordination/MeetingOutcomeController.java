package nl.participationsuite.web.workspace.coordination;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.meetings.Attendance;
import nl.participationsuite.domain.meetings.AttendanceStatus;
import nl.participationsuite.domain.meetings.Meeting;
import nl.participationsuite.domain.meetings.MeetingReply;
import nl.participationsuite.domain.meetings.MeetingService;
import nl.participationsuite.domain.meetings.RecordAttendance;
import nl.participationsuite.domain.meetings.ReplyAnswer;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.Refusals;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.forms.Notice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * After a meeting the coordinator records who came (present, excused, absent, for each participant
 * taking part) and short minutes, on one page and in one action; the participants' own answers
 * (yes, no, maybe) are shown beside them. The minutes are shown to every participant in the portal.
 */
@Controller
@RequestMapping(TrajectoryPages.TRAJECTORY + "/bijeenkomsten/{meetingId}/verslag")
class MeetingOutcomeController {

    static final String VIEW = "workspace/coordination/meeting-outcome";

    /** A participant's status is sent as {@code status-<participant id>}; empty for "not recorded". */
    static final String STATUS_PREFIX = "status-";

    private final TrajectoryService trajectories;

    private final MeetingService meetings;

    private final ResidentOptions participants;

    private final CurrentPerson currentPerson;

    private final Clock clock;

    MeetingOutcomeController(TrajectoryService trajectories, MeetingService meetings, ResidentOptions participants,
            CurrentPerson currentPerson, Clock clock) {
        this.trajectories = trajectories;
        this.meetings = meetings;
        this.participants = participants;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    /** The minutes; the statuses come as one parameter per participant. */
    record OutcomeForm(@Size(max = Meeting.MAXIMUM_MINUTES) String minutes) {
    }

    /**
     * One participant on the page: their answer to the invitation (null: none) and the status chosen
     * on the form (null: not recorded).
     */
    record Row(UUID participantId, String name, boolean resident, ReplyAnswer answer, AttendanceStatus status) {
    }

    @ModelAttribute("statuses")
    AttendanceStatus[] statuses() {
        return AttendanceStatus.values();
    }

    @GetMapping
    String initForm(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
        Trajectory trajectory = coordinated(id);
        Meeting meeting = meetingOf(trajectory, meetingId);
        Map<UUID, AttendanceStatus> recorded = meeting.attendance().stream()
                .collect(Collectors.toMap(a -> a.participantId().value(), Attendance::status));
        model.addAttribute("form", new OutcomeForm(meeting.minutes()));
        return page(trajectory, meeting, recorded, model);
    }

    @PostMapping
    String processForm(@PathVariable UUID id, @PathVariable UUID meetingId,
            @Valid @ModelAttribute("form") OutcomeForm form, BindingResult errors,
            @RequestParam MultiValueMap<String, String> parameters, Model model, RedirectAttributes redirect) {
        Trajectory trajectory = coordinated(id);
        Meeting meeting = meetingOf(trajectory, meetingId);
        Map<UUID, AttendanceStatus> chosen = new HashMap<>();
        List<RecordAttendance> entries = new ArrayList<>();
        for (ResidentOptions.Option participant : everyone(trajectory)) {
            String value = parameters.getFirst(STATUS_PREFIX + participant.id());
            if (value == null || value.isBlank()) {
                continue;
            }
            AttendanceStatus status = status(value);
            if (status == null) {
                errors.reject("coordination.outcome.status.invalid");
                continue;
            }
            chosen.put(participant.id(), status);
            entries.add(new RecordAttendance(new ParticipantId(participant.id()), status));
        }
        if (!errors.hasErrors()) {
            try {
                meetings.recordOutcome(meeting.id(), entries, form.minutes());
                return TrajectoryPages.backTo(trajectory.id(), Notice.success("coordination.notice.meeting-recorded"),
                        redirect);
            }
            catch (RuleViolationException ex) {
                Refusals.reject(errors, ex);
            }
        }
        return page(trajectory, meeting, chosen, model);
    }

    private String page(Trajectory trajectory, Meeting meeting, Map<UUID, AttendanceStatus> statuses, Model model) {
        Map<ParticipantId, ReplyAnswer> answers = meetings.replies(meeting.id()).stream()
                .collect(Collectors.toMap(MeetingReply::participantId, MeetingReply::answer));
        List<ResidentOptions.Option> residents = participants.activeResidents(trajectory);
        List<Row> rows = Stream.concat(
                residents.stream().map(option -> row(option, true, answers, statuses)),
                participants.activeProfessionals(trajectory).stream().map(option -> row(option, false, answers, statuses)))
                .toList();
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("meeting", meeting);
        model.addAttribute("started", meeting.hasStarted(clock.instant()));
        model.addAttribute("rows", rows);
        return VIEW;
    }

    private static Row row(ResidentOptions.Option option, boolean resident, Map<ParticipantId, ReplyAnswer> answers,
            Map<UUID, AttendanceStatus> statuses) {
        return new Row(option.id(), option.name(), resident, answers.get(new ParticipantId(option.id())),
                statuses.get(option.id()));
    }

    private List<ResidentOptions.Option> everyone(Trajectory trajectory) {
        List<ResidentOptions.Option> all = new ArrayList<>(participants.activeResidents(trajectory));
        all.addAll(participants.activeProfessionals(trajectory));
        return all;
    }

    private static AttendanceStatus status(String value) {
        try {
            return AttendanceStatus.valueOf(value);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private Meeting meetingOf(Trajectory trajectory, UUID meetingId) {
        return TrajectoryPages.meetingOf(meetings, trajectory, meetingId);
    }

    private Trajectory coordinated(UUID id) {
        return trajectories.coordinatedBy(new TrajectoryId(id), currentPerson.get().id());
    }
}
