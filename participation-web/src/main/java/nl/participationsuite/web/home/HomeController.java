package nl.participationsuite.web.home;

import java.util.List;

import nl.participationsuite.web.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page. Anonymous visitors read what the product is and can log in; after login it shows
 * who you are, your roles and what each role opens.
 */
@Controller
class HomeController {

    static final String VIEW = "home/home";

    @GetMapping("/")
    String home(@AuthenticationPrincipal OidcUser user, Model model) {
        if (user != null) {
            List<Role> roles = List.copyOf(Role.of(user.getAuthorities()));
            String name = user.getFullName() != null ? user.getFullName() : user.getPreferredUsername();
            model.addAttribute("displayName", name);
            model.addAttribute("userName", user.getPreferredUsername());
            model.addAttribute("roles", roles);
            model.addAttribute("workspace", roles.contains(Role.PROFESSIONAL) || roles.contains(Role.COORDINATOR));
            model.addAttribute("reports", roles.contains(Role.MANAGER));
            model.addAttribute("admin", roles.contains(Role.ADMIN));
        }
        return VIEW;
    }
}
