package nl.participationsuite.web.admin;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.participationsuite.domain.shared.Actors;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.web.accounts.AccountsUnavailableException;
import nl.participationsuite.web.accounts.ActivationCodeRenewals;
import nl.participationsuite.web.accounts.ResidentInvitations.Invitation;
import nl.participationsuite.web.accounts.UserNames;
import nl.participationsuite.web.forms.Refusals;

/**
 * A new activation letter for a resident's portal account, from the admin area: the administrator
 * looks the account up by its user name, sees whom the letter is for, and makes a new code; the page
 * that follows is the letter, shown once. Only residents' accounts are found here.
 */
@Controller
@RequestMapping(AdminAccountsController.PATH)
class AdminAccountsController {

    static final String PATH = AdminController.PATH + "/portaalaccounts";

    static final String VIEW = "admin/accounts";

    static final String LETTER_VIEW = "admin/activation-letter";

    private final ActivationCodeRenewals renewals;

    private final Actors actors;

    AdminAccountsController(ActivationCodeRenewals renewals, Actors actors) {
        this.renewals = renewals;
        this.actors = actors;
    }

    /** The user name the administrator looks for (as the resident's letter or the coordinator names it). */
    record AccountForm(@NotBlank @Pattern(regexp = UserNames.PATTERN) String gebruikersnaam) {
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", new AccountForm(null));
        return VIEW;
    }

    @GetMapping(params = "gebruikersnaam")
    String search(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            lookUp(form, errors, model);
        }
        return VIEW;
    }

    @PostMapping("/nieuwe-code")
    String renew(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            return VIEW;
        }
        Invitation letter;
        try {
            letter = renewals.renew(form.gebruikersnaam(), actors.current().orElse(Actors.SYSTEM));
        }
        catch (NotFoundException ex) {
            errors.rejectValue("gebruikersnaam", "admin.accounts.not-found");
            return VIEW;
        }
        catch (RuleViolationException ex) {
            Refusals.reject(errors, ex, Map.of("username", "gebruikersnaam"));
            lookUp(form, errors, model);
            return VIEW;
        }
        catch (AccountsUnavailableException ex) {
            errors.reject("admin.accounts.unavailable");
            return VIEW;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("invitation", letter);
        model.addAttribute("portalUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/portaal").toUriString());
        return LETTER_VIEW;
    }

    private void lookUp(AccountForm form, BindingResult errors, Model model) {
        try {
            renewals.find(form.gebruikersnaam()).ifPresentOrElse(account -> model.addAttribute("account", account),
                    () -> errors.rejectValue("gebruikersnaam", "admin.accounts.not-found"));
        }
        catch (AccountsUnavailableException ex) {
            errors.reject("admin.accounts.unavailable");
        }
    }
}
