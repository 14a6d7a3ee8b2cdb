package nl.participationsuite.web.workspace.coordination;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.support.SupportRequest;
import nl.participationsuite.domain.support.SupportRequestId;
import nl.participationsuite.domain.support.SupportService;
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
 * The coordinator decides on a resident's request for training or travel costs: approving is one
 * button on the trajectory's page; rejecting asks for the reason the resident will read. Once an
 * approved request is paid out, one button records it. A request
 * of another trajectory is not found; one already decided on is a notice, not an error page.
 */
@Controller
@RequestMapping(TrajectoryPages.TRAJECTORY + "/ondersteuning/{requestId}")
class SupportDecisionController {

    static final String REJECT_VIEW = "workspace/coordination/reject-support";

    private static final Set<String> FIELDS = Set.of("reason");

    private final TrajectoryService trajectories;

    private final SupportService support;

    private final CurrentPerson currentPerson;

    SupportDecisionController(TrajectoryService trajectories, SupportService support, CurrentPerson currentPerson) {
        this.trajectories = trajectories;
        this.support = support;
        this.currentPerson = currentPerson;
    }

    /** Why the coordinator says no; the resident reads it. */
    record RejectForm(@NotBlank @Size(max = 1000) String reason) {
    }

    @PostMapping("/goedkeuren")
    String approve(@PathVariable UUID id, @PathVariable UUID requestId, RedirectAttributes redirect) {
        PersonId me = currentPerson.get().id();
        Trajectory trajectory = trajectories.coordinatedBy(new TrajectoryId(id), me);
        SupportRequest request = requestOf(trajectory, requestId);
        try {
            support.approve(request.id(), me);
        }
        catch (RuleViolationException ex) {
            return TrajectoryPages.backTo(trajectory.id(), Notice.problem("rule." + ex.code()), redirect);
        }
        return TrajectoryPages.backTo(trajectory.id(), Notice.success("coordination.notice.support-approved"), redirect);
    }

    /** Records that an approved request was paid, now; refused (a notice) for one that is not approved or paid already. */
    @PostMapping("/betaald")
    String markPaid(@PathVariable UUID id, @PathVariable UUID requestId, RedirectAttributes redirect) {
        Trajectory trajectory = trajectories.coordinatedBy(new TrajectoryId(id), currentPerson.get().id());
        SupportRequest request = requestOf(trajectory, requestId);
        try {
            support.markPaid(request.id());
        }
        catch (RuleViolationException ex) {
            return TrajectoryPages.backTo(trajectory.id(), Notice.problem("rule." + ex.code()), redirect);
        }
        return TrajectoryPages.backTo(trajectory.id(), Notice.success("coordination.notice.support-paid"), redirect);
    }

    @GetMapping("/afwijzen")
    String initRejectForm(@PathVariable UUID id, @PathVariable UUID requestId, Model model) {
        Trajectory trajectory = trajectories.coordinatedBy(new TrajectoryId(id), currentPerson.get().id());
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("request", requestOf(trajectory, requestId));
        model.addAttribute("form", new RejectForm(null));
        return REJECT_VIEW;
    }

    @PostMapping("/afwijzen")
    String reject(@PathVariable UUID id, @PathVariable UUID requestId, @Valid @ModelAttribute("form") RejectForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        PersonId me = currentPerson.get().id();
        Trajectory trajectory = trajectories.coordinatedBy(new TrajectoryId(id), me);
        SupportRequest request = requestOf(trajectory, requestId);
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("request", request);
        if (errors.hasErrors()) {
            return REJECT_VIEW;
        }
        try {
            support.reject(request.id(), me, form.reason());
        }
        catch (RuleViolationException ex) {
            if (FIELDS.contains(ex.field())) {
                Refusals.reject(errors, ex);
                return REJECT_VIEW;
            }
            return TrajectoryPages.backTo(trajectory.id(), Notice.problem("rule." + ex.code()), redirect);
        }
        return TrajectoryPages.backTo(trajectory.id(), Notice.success("coordination.notice.support-rejected"), redirect);
    }

    /** The request, if it is one of this trajectory; any other answers as not found. */
    private SupportRequest requestOf(Trajectory trajectory, UUID requestId) {
        SupportRequest request = support.get(new SupportRequestId(requestId));
        if (!request.trajectoryId().equals(trajectory.id())) {
            throw new NotFoundException("support request", requestId);
        }
        return request;
    }
}
