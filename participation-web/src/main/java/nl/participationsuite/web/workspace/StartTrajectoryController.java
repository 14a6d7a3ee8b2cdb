package nl.participationsuite.web.workspace;

import nl.participationsuite.web.forms.Notice;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.Refusals;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator starts a trajectory of their organisation and chooses its coordinator and fixed
 * contact person (themselves unless they choose otherwise): a professional of the organisation or,
 * for a resident initiative, a resident taking part in one of its trajectories. The rules are the
 * domain's ({@code LeadershipPolicy}, the recruitment-channel minimum). Errors stay on the form next
 * to their field; a started trajectory opens the inbox on its first task (mapping networks and
 * recruiting residents).
 */
@Controller
@RequestMapping(StartTrajectoryController.PATH)
class StartTrajectoryController {

    static final String PATH = WorkspaceController.PATH + "/trajecten/nieuw";

    static final String VIEW = "workspace/start-trajectory";

    /** The most people the coordinator and contact person lists offer. */
    static final int CANDIDATES = 200;

    private final TrajectoryWorkflow workflow;

    private final TrajectoryService trajectories;

    private final CurrentPerson currentPerson;

    StartTrajectoryController(TrajectoryWorkflow workflow, TrajectoryService trajectories, CurrentPerson currentPerson) {
        this.workflow = workflow;
        this.trajectories = trajectories;
        this.currentPerson = currentPerson;
    }

    /**
     * What the form holds; the early-involvement thresholds are optional (5 residents from 2 channels),
     * a single channel needs a justification. Coordinator and contact person are people's ids.
     */
    record StartForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 200) String topic,
            @NotBlank @Size(max = 200) String area, @NotNull TrajectoryKind kind,
            @NotNull ParticipationLevel intendedLevel, String coordinatorId, String contactPersonId,
            @Min(2) @Max(100) Integer minimumResidents, @Min(1) @Max(10) Integer minimumChannels,
            @Size(max = Trajectory.MAX_CHANNELS_JUSTIFICATION) @Pattern(regexp = "(?:[^\\p{Cntrl}]|[\\r\\n\\t])*")
            String minimumChannelsJustification) {
    }

    /** Someone who can be chosen as coordinator or contact person. */
    record Candidate(UUID id, String name, boolean resident) {
    }

    @ModelAttribute("kinds")
    TrajectoryKind[] kinds() {
        return TrajectoryKind.values();
    }

    @ModelAttribute("levels")
    ParticipationLevel[] levels() {
        return ParticipationLevel.values();
    }

    @GetMapping
    String initStartForm(Model model) {
        Person me = currentPerson.get();
        candidates(me, model);
        model.addAttribute("form", new StartForm(null, null, null, null, null, me.id().toString(), me.id().toString(),
                null, null, null));
        return VIEW;
    }

    @PostMapping
    String processStartForm(@Valid @ModelAttribute("form") StartForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Person me = currentPerson.get();
        candidates(me, model);
        UUID coordinator = id("coordinatorId", form.coordinatorId(), errors);
        UUID contactPerson = id("contactPersonId", form.contactPersonId(), errors);
        if (errors.hasErrors()) {
            return VIEW;
        }
        Trajectory started;
        try {
            started = workflow.start(new StartTrajectory(form.title(), form.topic(), form.area(), form.kind(),
                    form.intendedLevel(), me.organisationId(), coordinator == null ? me.id() : new PersonId(coordinator),
                    contactPerson == null ? me.id() : new PersonId(contactPerson), form.minimumResidents(),
                    form.minimumChannels(), form.minimumChannelsJustification()));
        }
        catch (RuleViolationException ex) {
            Refusals.reject(errors, ex);
            return VIEW;
        }
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("workspace.notice.started"));
        return "redirect:" + WorkspaceController.PATH + "?" + WorkspaceController.TRAJECTORY_PARAM + "=" + started.id();
    }

    /** The id a choice names; a field error for anything else (only a tampered request sends that). */
    private static UUID id(String field, String value, BindingResult errors) {
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

    /**
     * Who can be chosen: the organisation's professionals and the residents taking part in its
     * trajectories (a resident only coordinates a resident initiative: the domain says so when the form
     * is sent). Bounded, in one statement.
     */
    private void candidates(Person me, Model model) {
        List<Candidate> candidates = trajectories.leaderCandidates(me.id(), true, CANDIDATES).stream()
                .map(person -> new Candidate(person.id().value(), person.displayName(), person.isResident())).toList();
        model.addAttribute("professionals", candidates.stream().filter(candidate -> !candidate.resident()).toList());
        model.addAttribute("residents", candidates.stream().filter(Candidate::resident).toList());
    }
}
