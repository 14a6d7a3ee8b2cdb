package nl.participationsuite.web.workspace.coordination;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ResponseTime;
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
 * The coordinator's setting of how many days people have to answer a vision review, a role
 * agreement or a seat before they are reminded and the coordinator follows up. It applies to what
 * is asked from then on; what is already asked keeps its due date.
 */
@Controller
@RequestMapping(TrajectoryPages.TRAJECTORY + "/reactietermijn")
class ResponseTimeController {

    static final String VIEW = "workspace/coordination/response-time";

    private final TrajectoryService trajectories;

    private final CurrentPerson currentPerson;

    ResponseTimeController(TrajectoryService trajectories, CurrentPerson currentPerson) {
        this.trajectories = trajectories;
        this.currentPerson = currentPerson;
    }

    /** The number of days; the domain's {@link ResponseTime} holds the range. */
    record ResponseTimeForm(@NotNull @Min(ResponseTime.MINIMUM_DAYS) @Max(ResponseTime.MAXIMUM_DAYS) Integer responseDays) {
    }

    @GetMapping
    String initForm(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        Trajectory trajectory = trajectories.coordinatedBy(new TrajectoryId(id), currentPerson.get().id());
        if (trajectory.isClosed()) {
            return TrajectoryPages.backTo(trajectory.id(), Notice.problem("rule.trajectory.closed"), redirect);
        }
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("form", new ResponseTimeForm(trajectory.responseTime().days()));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable UUID id, @Valid @ModelAttribute("form") ResponseTimeForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Trajectory trajectory = trajectories.coordinatedBy(new TrajectoryId(id), currentPerson.get().id());
        model.addAttribute("trajectory", trajectory);
        if (errors.hasErrors()) {
            return VIEW;
        }
        try {
            trajectories.changeResponseTime(trajectory.id(), new ResponseTime(form.responseDays()));
        }
        catch (RuleViolationException ex) {
            if ("responseDays".equals(ex.field())) {
                Refusals.reject(errors, ex);
                return VIEW;
            }
            return TrajectoryPages.backTo(trajectory.id(), Notice.problem("rule." + ex.code()), redirect);
        }
        return TrajectoryPages.backTo(trajectory.id(), Notice.success("coordination.notice.response-time-changed"), redirect);
    }
}
