package nl.participationsuite.web.workspace.coordination;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.LeadershipHandover;
import nl.participationsuite.domain.trajectory.LeadershipRole;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.Refusals;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.security.Role;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.workflow.trajectory.LeadershipHandoverWorkflow;
import org.springframework.context.MessageSource;
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
 * The coordinator (or a coordinator of the trajectory's organisation) hands the coordinator or the
 * contact person role to someone taking part, with a reason; the page shows the earlier handovers.
 * Someone who does not take part yet is added first ("add an existing person").
 */
@Controller
@RequestMapping(TrajectoryPages.TRAJECTORY + "/overdragen")
class HandOverController {

    static final String VIEW = "workspace/coordination/hand-over";

    /** Text without control characters other than line breaks and tabs. */
    static final String TEXT = "(?:[^\\p{Cntrl}]|[\\r\\n\\t])*";

    private final TrajectoryService trajectories;

    private final LeadershipHandoverWorkflow handovers;

    private final People people;

    private final CurrentPerson currentPerson;

    private final MessageSource messages;

    private final ZoneId zone;

    HandOverController(TrajectoryService trajectories, LeadershipHandoverWorkflow handovers, People people,
            CurrentPerson currentPerson, MessageSource messages, Clock clock) {
        this.trajectories = trajectories;
        this.handovers = handovers;
        this.people = people;
        this.currentPerson = currentPerson;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    /** Which role, to whom (a person's id), and why. */
    record HandOverForm(@NotNull LeadershipRole role, @NotBlank String personId,
            @NotBlank @Size(max = LeadershipHandover.MAX_REASON) @Pattern(regexp = TEXT) String reason) {
    }

    @ModelAttribute("roles")
    LeadershipRole[] roles() {
        return LeadershipRole.values();
    }

    @GetMapping
    String initForm(@PathVariable UUID id, HttpServletRequest request, Locale locale, Model model) {
        Trajectory trajectory = trajectories.mayHandOver(new TrajectoryId(id), currentPerson.get().id(),
                coordinatorRole(request));
        prepare(trajectory, locale, model);
        model.addAttribute("form", new HandOverForm(null, null, null));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable UUID id, @Valid @ModelAttribute("form") HandOverForm form, BindingResult errors,
            HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
        PersonId me = currentPerson.get().id();
        boolean coordinatorRole = coordinatorRole(request);
        Trajectory trajectory = trajectories.mayHandOver(new TrajectoryId(id), me, coordinatorRole);
        UUID to = TrajectoryPages.id("personId", form.personId(), errors);
        if (errors.hasErrors()) {
            prepare(trajectory, locale, model);
            return VIEW;
        }
        try {
            handovers.handOver(trajectory.id(), me, coordinatorRole, form.role(), new PersonId(to), form.reason());
        }
        catch (RuleViolationException ex) {
            Refusals.reject(errors, ex);
            prepare(trajectory, locale, model);
            return VIEW;
        }
        return TrajectoryPages.backTo(trajectory.id(), Notice.success(form.role() == LeadershipRole.COORDINATOR
                ? "coordination.notice.coordinator-handed-over" : "coordination.notice.contact-handed-over"), redirect);
    }

    private static boolean coordinatorRole(HttpServletRequest request) {
        return request.isUserInRole(Role.COORDINATOR.name());
    }

    /**
     * The people who can take a role over (everyone taking part: professionals, and residents of a
     * resident initiative), the current holders and the history, with every name in one statement.
     */
    private void prepare(Trajectory trajectory, Locale locale, Model model) {
        List<LeadershipHandover> history = trajectories.handovers(trajectory.id());
        List<Participant> candidates = trajectory.activeParticipants().stream()
                .filter(participant -> !participant.isResident() || trajectory.kind() == TrajectoryKind.RESIDENT_INITIATIVE)
                .toList();
        Set<PersonId> ids = new HashSet<>();
        candidates.forEach(participant -> ids.add(participant.personId()));
        ids.add(trajectory.coordinatorId());
        ids.add(trajectory.contactPersonId());
        history.forEach(handover -> ids.addAll(List.of(handover.from(), handover.to(), handover.handedOverBy())));
        Map<PersonId, String> names = people.findByIdIn(List.copyOf(ids)).stream()
                .collect(Collectors.toMap(Person::id, Person::displayName));
        Function<PersonId, String> name = person -> names.getOrDefault(person, "");
        DateTimeFormatter moments = DateTimeFormatter.ofPattern(
                messages.getMessage("workspace.datetime.pattern", null, locale), locale).withZone(zone);
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("coordinatorName", name.apply(trajectory.coordinatorId()));
        model.addAttribute("contactPersonName", name.apply(trajectory.contactPersonId()));
        model.addAttribute("candidates", candidates.stream()
                .map(participant -> new Candidate(participant.personId().value(), name.apply(participant.personId()),
                        participant.isResident()))
                .sorted(Comparator.comparing(Candidate::name, String.CASE_INSENSITIVE_ORDER)).toList());
        model.addAttribute("history", history.stream()
                .map(handover -> new Handed(handover.role(), name.apply(handover.from()), name.apply(handover.to()),
                        name.apply(handover.handedOverBy()), handover.reason(),
                        ZonedDateTime.ofInstant(handover.handedOverAt(), zone).toOffsetDateTime().toString(),
                        moments.format(handover.handedOverAt())))
                .toList());
    }

    /** Someone to hand a role to. */
    record Candidate(UUID id, String name, boolean resident) {
    }

    /** An earlier handover as the page lists it. */
    record Handed(LeadershipRole role, String from, String to, String by, String reason, String iso, String when) {
    }
}
