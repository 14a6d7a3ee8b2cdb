package nl.participationsuite.web.portal.news;

import java.util.UUID;

import nl.participationsuite.domain.shared.NotFoundException;
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
 * Every progress update of one trajectory, newest first, for each person who takes part in it: the
 * handbook's transparent leadership, regularly and unasked. The home page shows the latest few; this
 * page has them all. Anyone who does not take part gets "not found".
 */
@Controller
class TrajectoryNewsController {

    static final String PATH = "/portaal/trajecten/{trajectoryId}/nieuws";

    static final String VIEW = "portal/news/news";

    private final TrajectoryService trajectories;

    private final CurrentPerson currentPerson;

    TrajectoryNewsController(TrajectoryService trajectories, CurrentPerson currentPerson) {
        this.trajectories = trajectories;
        this.currentPerson = currentPerson;
    }

    @GetMapping(PATH)
    String news(@PathVariable UUID trajectoryId, Model model) {
        Person me = currentPerson.get();
        TrajectoryId id = new TrajectoryId(trajectoryId);
        Trajectory trajectory = trajectories.visibleTo(id, me.id());
        if (trajectory.participantOf(me.id()).isEmpty()) {
            throw new NotFoundException("trajectory", id);
        }
        model.addAttribute("trajectoryTitle", trajectory.title());
        model.addAttribute("updates", trajectories.progressUpdates(id));
        return VIEW;
    }
}
