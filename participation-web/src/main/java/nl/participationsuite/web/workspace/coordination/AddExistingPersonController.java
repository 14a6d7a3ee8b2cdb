package nl.participationsuite.web.workspace.coordination;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.involvement.ExistingNetwork;
import nl.participationsuite.domain.involvement.ExistingNetworkId;
import nl.participationsuite.domain.involvement.ExistingPersonEnrolment;
import nl.participationsuite.domain.involvement.InvolvementService;
import nl.participationsuite.domain.involvement.RecruitmentChannel;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.PersonMatch;
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
 * Someone already known joins the trajectory: a resident who takes part elsewhere (with or without a
 * portal account: they keep the one identity, nobody is invited) or a professional of a partner
 * organisation. Whoever works on the trajectory searches by name, e-mail or a trajectory's reference
 * (a plain GET form), picks the person and, for a resident, the channel that reached them. Whom the
 * search may show is the domain's scope ({@link TrajectoryService#addableTo}).
 */
@Controller
@RequestMapping(AddExistingPersonController.PATH)
class AddExistingPersonController {

    static final String PATH = TrajectoryPages.TRAJECTORY + "/deelnemers/bestaand";

    static final String SEARCH_VIEW = "workspace/coordination/add-existing-person";

    static final String CONFIRM_VIEW = "workspace/coordination/add-existing-person-confirm";

    /** The most people a search shows; more means: search more precisely. */
    static final int SHOWN = 20;

    /** Text without control characters (a line of text). */
    static final String ONE_LINE = "[^\\p{Cntrl}]*";

    private final TrajectoryService trajectories;

    private final InvolvementService involvement;

    private final ExistingPersonEnrolment enrolment;

    private final CurrentPerson currentPerson;

    AddExistingPersonController(TrajectoryService trajectories, InvolvementService involvement,
            ExistingPersonEnrolment enrolment, CurrentPerson currentPerson) {
        this.trajectories = trajectories;
        this.involvement = involvement;
        this.enrolment = enrolment;
        this.currentPerson = currentPerson;
    }

    /** The search: a name, an e-mail address or part of one, or a trajectory's reference. */
    record SearchForm(@Size(max = 120) @Pattern(regexp = ONE_LINE) String q) {
    }

    /** The person chosen (their id, from the search's link) and, for a resident, how they were reached. */
    record AddForm(String personId, RecruitmentChannel channel, String networkId) {
    }

    @ModelAttribute("channels")
    RecruitmentChannel[] channels() {
        return RecruitmentChannel.values();
    }

    @GetMapping
    String search(@PathVariable UUID id, @Valid @ModelAttribute("search") SearchForm search, BindingResult errors,
            Model model) {
        PersonId me = currentPerson.get().id();
        Trajectory trajectory = trajectories.workedOnBy(new TrajectoryId(id), me);
        model.addAttribute("trajectory", trajectory);
        if (search.q() == null || errors.hasErrors()) {
            return SEARCH_VIEW;
        }
        try {
            List<PersonMatch> found = trajectories.addableTo(trajectory.id(), me, search.q(), SHOWN + 1);
            model.addAttribute("matches", found.stream().limit(SHOWN)
                    .map(match -> new Match(match, trajectory.participantOf(match.id()).isPresent())).toList());
            model.addAttribute("more", found.size() > SHOWN);
            model.addAttribute("shown", SHOWN);
        }
        catch (RuleViolationException ex) {
            Refusals.reject(errors, ex);
        }
        return SEARCH_VIEW;
    }

    /** A person found, and whether they take part in this trajectory already. */
    record Match(PersonMatch person, boolean takingPart) {
    }

    @GetMapping("/{personId}")
    String initForm(@PathVariable UUID id, @PathVariable UUID personId, Model model) {
        PersonId me = currentPerson.get().id();
        Trajectory trajectory = trajectories.workedOnBy(new TrajectoryId(id), me);
        prepare(trajectory, trajectories.addable(trajectory, me, new PersonId(personId)), model);
        model.addAttribute("form", new AddForm(personId.toString(), null, null));
        return CONFIRM_VIEW;
    }

    @PostMapping
    String processForm(@PathVariable UUID id, @Valid @ModelAttribute("form") AddForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        PersonId me = currentPerson.get().id();
        Trajectory trajectory = trajectories.workedOnBy(new TrajectoryId(id), me);
        UUID chosen = TrajectoryPages.id("personId", form.personId(), errors);
        if (chosen == null) {
            // Only a tampered request names nobody: back to the search.
            return "redirect:" + TrajectoryPages.path(trajectory.id()) + "/deelnemers/bestaand";
        }
        Person person = trajectories.addable(trajectory, me, new PersonId(chosen));
        boolean noNetworks = prepare(trajectory, person, model).isEmpty();
        UUID network = TrajectoryPages.id("networkId", form.networkId(), errors);
        if (errors.hasErrors()) {
            return CONFIRM_VIEW;
        }
        try {
            enrolment.add(trajectory.id(), me, person.id(), person.isResident() ? form.channel() : null,
                    network == null || !person.isResident() ? null : new ExistingNetworkId(network));
        }
        catch (RuleViolationException ex) {
            Refusals.reject(errors, ex, noNetworks ? Map.of("networkId", "channel") : Map.of());
            return CONFIRM_VIEW;
        }
        return TrajectoryPages.backTo(trajectory.id(), Notice.success(person.isResident()
                ? "coordination.notice.existing-resident-added" : "coordination.notice.existing-professional-added"),
                redirect);
    }

    private List<ExistingNetwork> prepare(Trajectory trajectory, Person person, Model model) {
        List<ExistingNetwork> networks = person.isResident() ? involvement.networks(trajectory.id()) : List.of();
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("person", new Chosen(person.displayName(), person.isResident(), person.hasAccount()));
        model.addAttribute("networks", networks.stream()
                .map(network -> new RegisterResidentController.NetworkOption(network.id().value(), network.name()))
                .toList());
        return networks;
    }

    /** The person as the confirmation shows them. */
    record Chosen(String name, boolean resident, boolean hasAccount) {
    }
}
