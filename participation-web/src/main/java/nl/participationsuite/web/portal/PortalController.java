package nl.participationsuite.web.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.participationsuite.web.security.CurrentPerson;

/**
 * The resident's home in the portal: what they take part in, what is asked of them now, what was
 * achieved and whom to ask. One page, so that a resident with little time sees it all at once; only
 * someone in more than {@value PortalHome#PAGE_SIZE} trajectories (closed ones included) gets a
 * second page, with the trajectories that ask something of them always on the first.
 */
@Controller
class PortalController {

    static final String PATH = "/portaal";

    static final String HOME_VIEW = "portal/home";

    /** The page of the home's trajectories, from 1. */
    static final String PAGE_PARAM = "pagina";

    private final PortalHome home;

    private final CurrentPerson currentPerson;

    PortalController(PortalHome home, CurrentPerson currentPerson) {
        this.home = home;
        this.currentPerson = currentPerson;
    }

    @GetMapping(PATH)
    String home(@RequestParam(name = PAGE_PARAM, defaultValue = "1") int page, Model model) {
        model.addAttribute("home", home.of(currentPerson.get().id(), page));
        return HOME_VIEW;
    }
}
