package nl.participationsuite.web.workspace.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.InputService;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.success.RegisterSuccess;
import nl.participationsuite.domain.success.SuccessKind;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.SuccessCriterionId;
import nl.participationsuite.domain.vision.VisionService;
import nl.participationsuite.web.forms.Refusals;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.workflow.success.SuccessWorkflow;

/**
 * The coordinator or a professional of the trajectory registers a success while the trajectory works
 * together: what was achieved and when, the residents' input it came from and the criteria of the
 * adopted vision it contributes to. The professionals then get the task to make it visible to the
 * residents. The choices are read in a fixed number of statements: the input, the adopted vision and
 * the names of the residents who gave input.
 */
@Controller
@RequestMapping(TrajectoryPages.TRAJECTORY + "/successen/nieuw")
class RegisterSuccessController {

    static final String VIEW = "workspace/coordination/register-success";

    /** How much of an input's text its choice shows: enough to recognise it. */
    static final int FIRST_WORDS = 8;

    private final TrajectoryService trajectories;

    private final InputService inputs;

    private final VisionService visions;

    private final People people;

    private final SuccessWorkflow successes;

    private final CurrentPerson currentPerson;

    private final Clock clock;

    RegisterSuccessController(TrajectoryService trajectories, InputService inputs, VisionService visions, People people,
            SuccessWorkflow successes, CurrentPerson currentPerson, Clock clock) {
        this.trajectories = trajectories;
        this.inputs = inputs;
        this.visions = visions;
        this.people = people;
        this.successes = successes;
        this.currentPerson = currentPerson;
        this.clock = clock;
    }

    /**
     * What the form holds; the date as the browser sends it (2026-12-04), the chosen input and
     * criteria as the ids the page offered.
     */
    record SuccessForm(@NotNull SuccessKind kind, @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description, @NotBlank String achievedOn, List<String> inputIds,
            List<String> successCriterionIds) {
    }

    /** One thing to tick: its id and how the page names it. */
    record Choice(UUID id, String label) {
    }

    @ModelAttribute("kinds")
    SuccessKind[] kinds() {
        return SuccessKind.values();
    }

    @GetMapping
    String initForm(@PathVariable UUID id, Model model) {
        prepare(workedOn(id), model);
        model.addAttribute("form", new SuccessForm(null, null, null, LocalDate.now(clock).toString(), List.of(), List.of()));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable UUID id, @Valid @ModelAttribute("form") SuccessForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Trajectory trajectory = workedOn(id);
        LocalDate achievedOn = TrajectoryPages.parse("achievedOn", form.achievedOn(), LocalDate::parse, errors);
        Set<InputId> inputIds = ids("inputIds", form.inputIds(), InputId::new, errors);
        Set<SuccessCriterionId> criterionIds = ids("successCriterionIds", form.successCriterionIds(),
                SuccessCriterionId::new, errors);
        if (errors.hasErrors()) {
            prepare(trajectory, model);
            return VIEW;
        }
        try {
            successes.register(new RegisterSuccess(trajectory.id(), form.kind(), form.title(), form.description(),
                    achievedOn, inputIds, criterionIds));
        }
        catch (RuleViolationException ex) {
            Refusals.reject(errors, ex);
            prepare(trajectory, model);
            return VIEW;
        }
        return TrajectoryPages.backTo(trajectory.id(), Notice.success("coordination.notice.success-registered"),
                redirect);
    }

    /** The trajectory, its input to link (with the resident's name) and the adopted vision's criteria. */
    private void prepare(Trajectory trajectory, Model model) {
        model.addAttribute("trajectory", trajectory);
        List<ResidentInput> received = inputs.ofTrajectory(trajectory.id());
        Map<ParticipantId, PersonId> personOf = trajectory.participants().stream()
                .collect(Collectors.toMap(Participant::id, Participant::personId));
        Map<PersonId, String> names = people.findByIdIn(received.stream().map(ResidentInput::participantId)
                        .map(personOf::get).filter(person -> person != null).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Person::id, Person::displayName));
        model.addAttribute("inputChoices", received.stream()
                .map(input -> new Choice(input.id().value(), label(names.get(personOf.get(input.participantId())),
                        input.text())))
                .toList());
        model.addAttribute("criterionChoices", visions.adopted(trajectory.id())
                .map(vision -> vision.successCriteria().stream()
                        .map(criterion -> new Choice(criterion.id().value(), criterion.description())).toList())
                .orElse(List.of()));
    }

    /** "Name: the first words of the input…", or only the words when the name is unknown. */
    static String label(String name, String text) {
        String words = firstWords(text);
        return name == null || name.isBlank() ? words : name + ": " + words;
    }

    static String firstWords(String text) {
        String[] words = text == null ? new String[0] : text.strip().split("\\s+");
        if (words.length <= FIRST_WORDS) {
            return String.join(" ", words);
        }
        return String.join(" ", Arrays.copyOf(words, FIRST_WORDS)) + "…";
    }


    /** The ticked ids; a field error when one is no id (only a tampered request sends that). */
    private static <T> Set<T> ids(String field, List<String> values, Function<UUID, T> type, BindingResult errors) {
        Set<T> ids = new LinkedHashSet<>();
        if (values == null) {
            return ids;
        }
        for (String value : values) {
            UUID id = TrajectoryPages.id(field, value, errors);
            if (id != null) {
                ids.add(type.apply(id));
            }
        }
        return ids;
    }

    private Trajectory workedOn(UUID id) {
        return trajectories.workedOnBy(new TrajectoryId(id), currentPerson.get().id());
    }
}
