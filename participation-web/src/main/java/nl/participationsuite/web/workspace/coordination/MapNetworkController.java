package nl.participationsuite.web.workspace.coordination;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.MapNetwork;
import nl.participationsuite.domain.involvement.NetworkKind;
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
 * The coordinator records a network that already exists around the trajectory (a village council,
 * a club), through which residents can be reached; its kind, name and how to get in touch.
 */
@Controller
@RequestMapping(TrajectoryPages.TRAJECTORY + "/netwerken/nieuw")
class MapNetworkController {

    static final String VIEW = "workspace/coordination/map-network";


    private final TrajectoryService trajectories;

    private final InvolvementService involvement;

    private final CurrentPerson currentPerson;

    MapNetworkController(TrajectoryService trajectories, InvolvementService involvement, CurrentPerson currentPerson) {
        this.trajectories = trajectories;
        this.involvement = involvement;
        this.currentPerson = currentPerson;
    }

    /** What the form holds. */
    record NetworkForm(@NotNull NetworkKind kind, @NotBlank @Size(max = 200) String name,
            @Size(max = 1000) String contactNote) {
    }

    @ModelAttribute("kinds")
    NetworkKind[] kinds() {
        return NetworkKind.values();
    }

    @GetMapping
    String initForm(@PathVariable UUID id, Model model) {
        model.addAttribute("trajectory", coordinated(id));
        model.addAttribute("form", new NetworkForm(null, null, null));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable UUID id, @Valid @ModelAttribute("form") NetworkForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Trajectory trajectory = coordinated(id);
        model.addAttribute("trajectory", trajectory);
        if (errors.hasErrors()) {
            return VIEW;
        }
        try {
            involvement.mapNetwork(trajectory.id(), new MapNetwork(form.kind(), form.name(), form.contactNote()));
        }
        catch (RuleViolationException ex) {
            Refusals.reject(errors, ex);
            return VIEW;
        }
        return TrajectoryPages.backTo(trajectory.id(), Notice.success("coordination.notice.network-mapped"), redirect);
    }

    private Trajectory coordinated(UUID id) {
        return trajectories.coordinatedBy(new TrajectoryId(id), currentPerson.get().id());
    }
}
