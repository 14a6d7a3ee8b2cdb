package nl.participationsuite.web.portal.boundaries;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.web.portal.boundaries.ResidentMemberships.Membership;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.workflow.tasks.TrajectoryWorkflow;

/**
 * A resident steps back from a trajectory, after a page that says in plain words what happens: a
 * seat they hold is freed and the coordinator may fill it, their input stays and still gets an
 * answer, and they are asked nothing more. The workflow withdraws their open tasks in the same step.
 */
@Controller
@RequestMapping(StepBackController.PATH)
class StepBackController {

    static final String PATH = "/portaal/trajecten/{trajectoryId}/stoppen";

    static final String VIEW = "portal/boundaries/step-back";

    static final String PORTAL = "/portaal";

    static final String ALREADY = "step-back.already";

    private final ResidentMemberships trajectories;

    private final SteeringGroupService steeringGroups;

    private final TrajectoryWorkflow workflow;

    private final CurrentPerson currentPerson;

    StepBackController(ResidentMemberships trajectories, SteeringGroupService steeringGroups,
            TrajectoryWorkflow workflow, CurrentPerson currentPerson) {
        this.trajectories = trajectories;
        this.steeringGroups = steeringGroups;
        this.workflow = workflow;
        this.currentPerson = currentPerson;
    }

    @GetMapping
    String confirm(@PathVariable UUID trajectoryId, Model model) {
        Person me = currentPerson.get();
        Membership membership = trajectories.of(trajectoryId, me.id());
        model.addAttribute("trajectoryId", trajectoryId);
        model.addAttribute("trajectoryTitle", membership.trajectory().title());
        model.addAttribute("steppedBackAt", membership.participant().steppedBackAt());
        model.addAttribute("closed", membership.trajectory().isClosed());
        model.addAttribute("holdsSeat", steeringGroups.groupOf(membership.trajectory().id())
                .filter(group -> group.holdsSeat(membership.participant().id())).isPresent());
        return VIEW;
    }

    @PostMapping
    String stepBack(@PathVariable UUID trajectoryId, RedirectAttributes redirect) {
        Person me = currentPerson.get();
        Membership membership = trajectories.of(trajectoryId, me.id());
        try {
            workflow.stepBack(membership.trajectory().id(), membership.participant().id(), me.id());
        }
        catch (RuleViolationException ex) {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem(ALREADY.equals(ex.code())
                    ? "portal.step-back.notice.already" : "portal.step-back.notice.not-possible"));
            return "redirect:" + PATH.replace("{trajectoryId}", trajectoryId.toString());
        }
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("portal.step-back.notice.done"));
        return "redirect:" + PORTAL;
    }
}
