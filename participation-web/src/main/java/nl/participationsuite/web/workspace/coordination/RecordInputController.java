package nl.participationsuite.web.workspace.coordination;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.input.InputChannel;
import nl.participationsuite.domain.input.ReceiveInput;
import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.Refusals;
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
 * A professional of the trajectory records what a resident said on their behalf (at a meeting, on
 * the phone, on paper), for a resident without an account or who gave it that way. The input then
 * waits for an answer like any other: the professionals get a task to respond.
 */
@Controller
@RequestMapping(TrajectoryPages.TRAJECTORY + "/inbreng/nieuw")
class RecordInputController {

    static final String VIEW = "workspace/coordination/record-input";


    /** The domain's names of the fields, as this form calls them. */
    private static final Map<String, String> RENAMED = Map.of("residentId", "residentParticipantId");

    private final TrajectoryService trajectories;

    private final InputWorkflow workflow;

    private final ResidentOptions residents;

    private final CurrentPerson currentPerson;

    RecordInputController(TrajectoryService trajectories, InputWorkflow workflow, ResidentOptions residents,
            CurrentPerson currentPerson) {
        this.trajectories = trajectories;
        this.workflow = workflow;
        this.residents = residents;
        this.currentPerson = currentPerson;
    }

    /** Whose input, how it came in, and what it says; the topic is optional. */
    record InputForm(@NotBlank String residentParticipantId, @NotNull InputChannel channel, @Size(max = 200) String topic,
            @NotBlank @Size(max = ResidentInput.MAX_TEXT) String text) {
    }

    @ModelAttribute("channels")
    InputChannel[] channels() {
        return InputChannel.values();
    }

    @GetMapping
    String initForm(@PathVariable UUID id, Model model) {
        prepare(visible(id, currentPerson.get().id()), model);
        model.addAttribute("form", new InputForm(null, null, null, null));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable UUID id, @Valid @ModelAttribute("form") InputForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        PersonId me = currentPerson.get().id();
        Trajectory trajectory = visible(id, me);
        prepare(trajectory, model);
        UUID resident = TrajectoryPages.id("residentParticipantId", form.residentParticipantId(), errors);
        if (errors.hasErrors()) {
            return VIEW;
        }
        try {
            workflow.receive(new ReceiveInput(trajectory.id(), new ParticipantId(resident), me,
                    form.channel(), form.topic(), form.text(), null));
        }
        catch (RuleViolationException ex) {
            Refusals.reject(errors, ex, RENAMED);
            return VIEW;
        }
        return TrajectoryPages.backTo(trajectory.id(), Notice.success("coordination.notice.input-recorded"), redirect);
    }

    private Trajectory visible(UUID id, PersonId me) {
        return trajectories.visibleTo(new TrajectoryId(id), me);
    }

    private void prepare(Trajectory trajectory, Model model) {
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("residents", residents.activeResidents(trajectory));
    }
}
