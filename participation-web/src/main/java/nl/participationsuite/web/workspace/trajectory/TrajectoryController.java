package nl.participationsuite.web.workspace.trajectory;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import nl.participationsuite.domain.trajectory.Phase;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.web.security.CurrentPerson;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The trajectories a professional may see, and one trajectory's page with everything that happened
 * in it. Read only: the actions it offers are forms and pages of their own. A trajectory outside
 * the reader's scope is not found (the workspace's 404 page), never a hint that it exists.
 */
@Controller
@RequestMapping(TrajectoryPaths.LIST)
class TrajectoryController {

    static final String LIST_VIEW = "workspace/trajectory/list";

    static final String OVERVIEW_VIEW = "workspace/trajectory/overview";

    private final TrajectoryOverviews overviews;

    private final CurrentPerson currentPerson;

    TrajectoryController(TrajectoryOverviews overviews, CurrentPerson currentPerson) {
        this.overviews = overviews;
        this.currentPerson = currentPerson;
    }

    /** The list, filtered on a phase when {@code fase} names one (anything else lists every phase). */
    @GetMapping
    String list(@RequestParam(name = TrajectoryPaths.PAGE_PARAM, defaultValue = "1") int page,
            @RequestParam(name = TrajectoryPaths.PHASE_PARAM, required = false) String phase, Model model) {
        model.addAttribute("trajectories", overviews.list(currentPerson.get().id(), page, phase(phase)));
        model.addAttribute("phases", Phase.values());
        return LIST_VIEW;
    }

    private static Phase phase(String name) {
        return Arrays.stream(Phase.values()).filter(phase -> phase.name().equals(name)).findFirst().orElse(null);
    }

    @GetMapping("/{id}")
    String overview(@PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("overview", overviews.overview(new TrajectoryId(id), currentPerson.get().id(), locale));
        return OVERVIEW_VIEW;
    }
}
