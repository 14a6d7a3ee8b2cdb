package nl.participationsuite.web.workspace.coordination;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.DecisionRoundId;
import nl.participationsuite.domain.seats.DecisionRoundService;
import nl.participationsuite.domain.shared.NotFoundException;
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
 * After the steering group decided, the coordinator or a professional of the trajectory records what
 * was done with the decision: every participant reads it in the portal beside the outcome. A round of
 * another trajectory, or one still open, answers as not found.
 */
@Controller
@RequestMapping(TrajectoryPages.TRAJECTORY + "/besluitronden/{roundId}/opvolging")
class DecisionRoundFollowUpController {

    static final String VIEW = "workspace/coordination/round-follow-up";

    private final TrajectoryService trajectories;

    private final DecisionRoundService rounds;

    private final CurrentPerson currentPerson;

    DecisionRoundFollowUpController(TrajectoryService trajectories, DecisionRoundService rounds,
            CurrentPerson currentPerson) {
        this.trajectories = trajectories;
        this.rounds = rounds;
        this.currentPerson = currentPerson;
    }

    /** What was done with the decision, in words every participant understands. */
    record FollowUpForm(@NotBlank @Size(max = DecisionRound.MAX_FOLLOW_UP) String followUp) {
    }

    @GetMapping
    String initForm(@PathVariable UUID id, @PathVariable UUID roundId, Model model) {
        DecisionRound round = page(id, roundId, model);
        model.addAttribute("form", new FollowUpForm(round.followUp()));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable UUID id, @PathVariable UUID roundId, @Valid @ModelAttribute("form") FollowUpForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        DecisionRound round = page(id, roundId, model);
        if (errors.hasErrors()) {
            return VIEW;
        }
        try {
            rounds.recordFollowUp(round.id(), form.followUp(), currentPerson.get().id());
        }
        catch (RuleViolationException ex) {
            Refusals.reject(errors, ex);
            return VIEW;
        }
        return TrajectoryPages.backTo(round.trajectoryId(), Notice.success("coordination.notice.round-followed-up"),
                redirect);
    }

    /** The trajectory (someone of it asks) and its decided round, on the page; anything else is not found. */
    private DecisionRound page(UUID id, UUID roundId, Model model) {
        Trajectory trajectory = trajectories.workedOnBy(new TrajectoryId(id), currentPerson.get().id());
        DecisionRound round = rounds.find(new DecisionRoundId(roundId))
                .filter(found -> found.trajectoryId().equals(trajectory.id()) && found.isClosed())
                .orElseThrow(() -> new NotFoundException("decision round", roundId));
        model.addAttribute("trajectory", trajectory);
        model.addAttribute("round", round);
        return round;
    }
}
