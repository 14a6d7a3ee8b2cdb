package nl.participationsuite.web.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.participationsuite.web.security.CurrentPerson;

/**
 * The resident's home in the portal: what they take part in, what is asked of them now, what was
 * achieved and whom to ask. One page, so that a resident with little time sees it all at once.
 */
@Controller
class PortalController {

    static final String PATH = "/portaal";

    static final String HOME_VIEW = "portal/home";

    private final PortalHome home;

    private final CurrentPerson currentPerson;

    PortalController(PortalHome home, CurrentPerson currentPerson) {
        this.home = home;
        this.currentPerson = currentPerson;
    }

    @GetMapping(PATH)
    String home(Model model) {
        model.addAttribute("home", home.of(currentPerson.get().id()));
        return HOME_VIEW;
    }
}
