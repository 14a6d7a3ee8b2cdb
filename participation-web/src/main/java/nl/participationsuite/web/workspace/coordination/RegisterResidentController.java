package nl.participationsuite.web.workspace.coordination;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.involvement.ExistingNetwork;
import nl.participationsuite.domain.involvement.ExistingNetworkId;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.involvement.RegisterResident;
import nl.participationsuite.domain.involvement.ResidentRegistration;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.PersonId;
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
 * The coordinator registers a resident they recruited: name, how to reach them (optional), how they
 * were reached, and whether they get a portal account. With an account, the invitation follows;
 * without one, professionals record the resident's input on their behalf.
 */
@Controller
@RequestMapping(TrajectoryPages.TRAJECTORY + "/inwoners/nieuw")
class RegisterResidentController {

    static final String VIEW = "workspace/coordination/register-resident";


    private final TrajectoryService trajectories;

    private final InvolvementService involvement;

    private final ResidentRegistration registration;

    private final CurrentPerson currentPerson;

    RegisterResidentController(TrajectoryService trajectories, InvolvementService involvement,
            ResidentRegistration registration, CurrentPerson currentPerson) {
        this.trajectories = trajectories;
        this.involvement = involvement;
        this.registration = registration;
        this.currentPerson = currentPerson;
    }

    /** What the form holds; the network only for a resident reached through one. */
    record ResidentForm(@NotBlank @Size(max = 120) String displayName, @Email @Size(max = 254) String email,
            @Size(max = 40) String phone, @NotNull RecruitmentChannel channel, String networkId,
            @NotNull Boolean withAccount) {
    }

    @ModelAttribute("channels")
    RecruitmentChannel[] channels() {
        return RecruitmentChannel.values();
    }

    @ModelAttribute("accountChoices")
    List<Boolean> accountChoices() {
        return List.of(Boolean.FALSE, Boolean.TRUE);
    }

    @GetMapping
    String initForm(@PathVariable UUID id, Model model) {
        prepare(coordinated(id), model);
        model.addAttribute("form", new ResidentForm(null, null, null, null, null, null));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable UUID id, @Valid @ModelAttribute("form") ResidentForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        PersonId me = currentPerson.get().id();
        Trajectory trajectory = trajectories.coordinatedBy(new TrajectoryId(id), me);
        boolean noNetworks = prepare(trajectory, model).isEmpty();
        UUID network = TrajectoryPages.id("networkId", form.networkId(), errors);
        if (errors.hasErrors()) {
            return VIEW;
        }
        Participant participant;
        try {
            participant = registration.register(trajectory.id(), me, new RegisterResident(form.displayName(),
                    form.email(), form.phone(), form.channel(),
                    network == null ? null : new ExistingNetworkId(network)));
        }
        catch (RuleViolationException ex) {
            // Without mapped networks the form has no network field: the channel is what to change.
            Refusals.reject(errors, ex, noNetworks ? Map.of("networkId", "channel") : Map.of());
            return VIEW;
        }
        if (Boolean.TRUE.equals(form.withAccount())) {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("coordination.notice.resident-registered.invite"));
            return "redirect:" + TrajectoryPages.path(trajectory.id()) + "/inwoners/" + participant.id() + "/uitnodigen";
        }
        return TrajectoryPages.backTo(trajectory.id(), Notice.success("coordination.notice.resident-registered"),
                redirect);
    }

    private List<ExistingNetwork> prepare(Trajectory trajectory, Model model) {
        List<ExistingNetwork> networks = involvement.networks(trajectory.id());
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("networks", networks.stream()
                .map(network -> new NetworkOption(network.id().value(), network.name())).toList());
        return networks;
    }

    /** A mapped network as the form offers it. */
    record NetworkOption(UUID id, String name) {
    }

    private Trajectory coordinated(UUID id) {
        return trajectories.coordinatedBy(new TrajectoryId(id), currentPerson.get().id());
    }
}
