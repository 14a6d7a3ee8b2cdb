package nl.participationsuite.web.portal.conditions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.participationsuite.domain.conditions.ConditionGap;
import nl.participationsuite.domain.conditions.ConditionsService;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.security.CurrentPerson;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The outcome of every round of the conditions check the resident answered: per condition how
 * residents and professionals scored it, each group's average only when at least three of them
 * answered (SmallGroupPrivacy), so that the page never shows one person's own scores. Rounds the
 * resident did not answer are not listed; anyone who does not take part gets "not found".
 */
@Controller
class ConditionsOutcomeController {

    static final String PATH = "/portaal/trajecten/{trajectoryId}/randvoorwaarden";

    static final String VIEW = "portal/conditions/outcome";

    private final TrajectoryService trajectories;

    private final ConditionsService conditions;

    private final CurrentPerson currentPerson;

    ConditionsOutcomeController(TrajectoryService trajectories, ConditionsService conditions, CurrentPerson currentPerson) {
        this.trajectories = trajectories;
        this.conditions = conditions;
        this.currentPerson = currentPerson;
    }

    @GetMapping(PATH)
    String outcome(@PathVariable UUID trajectoryId, Model model) {
        Person me = currentPerson.get();
        TrajectoryId id = new TrajectoryId(trajectoryId);
        Trajectory trajectory = trajectories.visibleTo(id, me.id());
        Participant participant = trajectory.participantOf(me.id())
                .orElseThrow(() -> new NotFoundException("trajectory", id));
        List<Round> rounds = conditions.outcomesAnsweredBy(id, participant.id()).entrySet().stream()
                .map(round -> new Round(round.getKey().periodNumber(), round.getKey().openedAt(), round.getValue()))
                .toList();
        model.addAttribute("trajectoryTitle", trajectory.title());
        model.addAttribute("rounds", rounds);
        return VIEW;
    }

    /** A round the resident answered, with its outcome per condition. */
    record Round(int number, Instant openedAt, List<ConditionGap> gaps) {
    }
}
