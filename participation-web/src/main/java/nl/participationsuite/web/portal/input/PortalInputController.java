package nl.participationsuite.web.portal.input;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.web.forms.Refusals;
import nl.participationsuite.web.portal.ResidentTrajectories;
import nl.participationsuite.web.portal.ResidentTrajectories.Choice;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.workflow.input.InputWorkflow;
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
 * A resident's own input: what they gave in all their trajectories, giving new input, and what
 * happened with one input, step by step, up to the answer. Another resident's input is not found,
 * checked by the domain ({@code InputService.ofResident(inputId, personId)}).
 */
@Controller
@RequestMapping(PortalInputController.PATH)
class PortalInputController {

    static final String PATH = "/portaal/inbreng";

    private final InputWorkflow workflow;

    private final PortalInputs inputs;

    private final ResidentTrajectories trajectories;

    private final CurrentPerson currentPerson;

    PortalInputController(InputWorkflow workflow, PortalInputs inputs, ResidentTrajectories trajectories,
            CurrentPerson currentPerson) {
        this.workflow = workflow;
        this.inputs = inputs;
        this.trajectories = trajectories;
        this.currentPerson = currentPerson;
    }

    /** New input: the trajectory (chosen only when there is more than one), an optional topic and the text. */
    record InputForm(UUID trajectoryId, @Size(max = 200) String topic,
            @NotBlank @Size(max = ResidentInput.MAX_TEXT) String text) {
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("inputs", inputs.mine(currentPerson.get()));
        return "portal/input/list";
    }

    @GetMapping("/nieuw")
    String initInputForm(Model model) {
        model.addAttribute("choices", trajectories.open(currentPerson.get()));
        model.addAttribute("form", new InputForm(null, null, null));
        return "portal/input/new";
    }

    @PostMapping("/nieuw")
    String processInputForm(@Valid @ModelAttribute("form") InputForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Person me = currentPerson.get();
        List<Choice> choices = trajectories.open(me);
        model.addAttribute("choices", choices);
        if (form == null) {
            // A trajectory id that does not convert; UnconvertibleValues shows the error on the form.
            return "portal/input/new";
        }
        UUID trajectoryId = ResidentTrajectories.chosen(form.trajectoryId(), choices);
        if (trajectoryId == null && !errors.hasFieldErrors("trajectoryId")) {
            errors.rejectValue("trajectoryId", "NotNull");
        }
        if (errors.hasErrors()) {
            return "portal/input/new";
        }
        ParticipantId participant = trajectories.participantIn(trajectoryId, me);
        ResidentInput received;
        try {
            received = workflow.receive(new ReceiveInput(new TrajectoryId(trajectoryId), participant, null,
                    InputChannel.PORTAL, form.topic(), form.text(), null));
        }
        catch (RuleViolationException ex) {
            Refusals.reject(errors, ex, Map.of("trajectory", "trajectoryId", "residentId", "trajectoryId"));
            return "portal/input/new";
        }
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("portal.input.notice.received"));
        return "redirect:" + PATH + "/" + received.id();
    }

    @GetMapping("/{inputId}")
    String show(@PathVariable String inputId, Model model) {
        model.addAttribute("input", inputs.timeline(id(inputId), currentPerson.get()));
        return "portal/input/show";
    }

    private static InputId id(String value) {
        try {
            return InputId.of(value);
        }
        catch (IllegalArgumentException ex) {
            throw new NotFoundException("input", value);
        }
    }
}
