package nl.participationsuite.web.workspace;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.StartTrajectory;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryKind;
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
 * A coordinator starts a trajectory of their organisation, with themselves as coordinator and
 * fixed contact person. Errors stay on the form next to their field; a started trajectory opens
 * the inbox on its first task (mapping networks and recruiting residents).
 */
@Controller
@RequestMapping(StartTrajectoryController.PATH)
class StartTrajectoryController {

    static final String PATH = WorkspaceController.PATH + "/trajecten/nieuw";

    static final String VIEW = "workspace/start-trajectory";

    private final TrajectoryWorkflow workflow;

    private final CurrentPerson currentPerson;

    StartTrajectoryController(TrajectoryWorkflow workflow, CurrentPerson currentPerson) {
        this.workflow = workflow;
        this.currentPerson = currentPerson;
    }

    /** What the form holds; the early-involvement thresholds are optional (5 residents from 2 channels). */
    record StartForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 200) String topic,
            @NotBlank @Size(max = 200) String area, @NotNull TrajectoryKind kind,
            @NotNull ParticipationLevel intendedLevel, @Min(2) @Max(100) Integer minimumResidents,
            @Min(1) @Max(10) Integer minimumChannels) {
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
        currentPerson.get();
        model.addAttribute("form", new StartForm(null, null, null, null, null, null, null));
        return VIEW;
    }

    @PostMapping
    String processStartForm(@Valid @ModelAttribute("form") StartForm form, BindingResult errors,
            RedirectAttributes redirect) {
        Person me = currentPerson.get();
        if (errors.hasErrors()) {
            return VIEW;
        }
        Trajectory started;
        try {
            started = workflow.start(new StartTrajectory(form.title(), form.topic(), form.area(), form.kind(),
                    form.intendedLevel(), me.organisationId(), me.id(), me.id(), form.minimumResidents(),
                    form.minimumChannels()));
        }
        catch (RuleViolationException ex) {
            Refusals.reject(errors, ex);
            return VIEW;
        }
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("workspace.notice.started"));
        return "redirect:" + WorkspaceController.PATH + "?" + WorkspaceController.TRAJECTORY_PARAM + "=" + started.id();
    }
}
