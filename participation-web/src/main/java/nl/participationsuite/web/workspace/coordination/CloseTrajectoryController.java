package nl.participationsuite.web.workspace.coordination;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.Refusals;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.workflow.trajectory.TrajectoryClosure;
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
 * The coordinator closes a trajectory before its end, after a page that says what that means: open
 * tasks end, everything recorded stays, no new input comes in. The reason is required.
 */
@Controller
@RequestMapping(TrajectoryPages.TRAJECTORY + "/afsluiten")
class CloseTrajectoryController {

    static final String VIEW = "workspace/coordination/close-trajectory";

    private static final Set<String> FIELDS = Set.of("reason");

    private final TrajectoryService trajectories;

    private final TrajectoryClosure closure;

    private final CurrentPerson currentPerson;

    CloseTrajectoryController(TrajectoryService trajectories, TrajectoryClosure closure, CurrentPerson currentPerson) {
        this.trajectories = trajectories;
        this.closure = closure;
        this.currentPerson = currentPerson;
    }

    /** Why the trajectory ends early. */
    record CloseForm(@NotBlank @Size(max = TrajectoryClosure.MAX_REASON) String reason) {
    }

    @GetMapping
    String initForm(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        Trajectory trajectory = trajectories.coordinatedBy(new TrajectoryId(id), currentPerson.get().id());
        if (trajectory.isClosed()) {
            return TrajectoryPages.backTo(trajectory.id(), Notice.problem("rule.trajectory.closed"), redirect);
        }
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("form", new CloseForm(null));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable UUID id, @Valid @ModelAttribute("form") CloseForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        PersonId me = currentPerson.get().id();
        Trajectory trajectory = trajectories.coordinatedBy(new TrajectoryId(id), me);
        model.addAttribute("trajectory", trajectory);
        if (errors.hasErrors()) {
            return VIEW;
        }
        try {
            closure.closeEarly(trajectory.id(), me, form.reason());
        }
        catch (RuleViolationException ex) {
            if (FIELDS.contains(ex.field())) {
                Refusals.reject(errors, ex);
                return VIEW;
            }
            return TrajectoryPages.backTo(trajectory.id(), Notice.problem("rule." + ex.code()), redirect);
        }
        return TrajectoryPages.backTo(trajectory.id(), Notice.success("coordination.notice.closed"), redirect);
    }
}
