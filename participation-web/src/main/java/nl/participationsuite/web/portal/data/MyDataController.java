package nl.participationsuite.web.portal.data;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.web.accounts.AccountRemovalJob;
import nl.participationsuite.web.privacy.ErasureForm;
import nl.participationsuite.web.privacy.PersonalDataFile;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.workflow.privacy.ResidentErasure;

/**
 * "Mijn gegevens": what the product keeps about the resident and why, a download of all of it as
 * JSON, and erasure after a page that says what it means. Erasure is one step for the resident: they
 * step back from every running trajectory, their name and contact details become a pseudonym, their
 * account is removed and they are signed out.
 */
@Controller
class MyDataController {

    static final String PATH = "/portaal/mijn-gegevens";

    static final String DOWNLOAD = PATH + "/download";

    static final String ERASE = PATH + "/wissen";

    static final String ERASED = "/gegevens-gewist";

    static final String VIEW = "portal/data/my-data";

    static final String ERASE_VIEW = "portal/data/erase";

    static final String ERASED_VIEW = "portal/data/erased";

    static final String LEADS = "erase.leads-a-trajectory";


    private final PersonalDataFile myData;

    private final ResidentErasure erasure;

    private final AccountRemovalJob accountRemovals;

    private final CurrentPerson currentPerson;

    MyDataController(PersonalDataFile myData, ResidentErasure erasure, AccountRemovalJob accountRemovals,
            CurrentPerson currentPerson) {
        this.myData = myData;
        this.erasure = erasure;
        this.accountRemovals = accountRemovals;
        this.currentPerson = currentPerson;
    }

    @GetMapping(PATH)
    String show(Model model) {
        Person me = currentPerson.get();
        model.addAttribute("me", me);
        return VIEW;
    }

    /** Everything about the signed-in resident as a JSON file; never cached. */
    @GetMapping(DOWNLOAD)
    ResponseEntity<byte[]> download(Locale locale) throws JsonProcessingException {
        return myData.download(currentPerson.get().id(), locale);
    }

    @GetMapping(ERASE)
    String confirm(Model model) {
        Person me = currentPerson.get();
        model.addAttribute(ErasureForm.ATTRIBUTE, new ErasureForm(null));
        return erasePage(me, model);
    }

    @PostMapping(ERASE)
    String erase(@Valid @ModelAttribute(ErasureForm.ATTRIBUTE) ErasureForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        Person me = currentPerson.get();
        if (errors.hasErrors()) {
            return erasePage(me, model);
        }
        try {
            erasure.erase(me.id());
        }
        catch (RuleViolationException ex) {
            model.addAttribute(Notice.ATTRIBUTE, Notice.problem(LEADS.equals(ex.code())
                    ? "portal.data.erase.notice.leads" : "portal.data.erase.notice.not-possible"));
            return erasePage(me, model);
        }
        accountRemovals.removeNow();
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:" + ERASED;
    }

    /** After the erasure, signed out: what happened, for anyone (the account no longer exists). */
    @GetMapping(ERASED)
    String erased() {
        return ERASED_VIEW;
    }

    private String erasePage(Person me, Model model) {
        List<Trajectory> running = erasure.running(me.id());
        model.addAttribute("leading", ResidentErasure.led(running, me.id()));
        model.addAttribute("running", running.stream()
                .filter(trajectory -> trajectory.participantOf(me.id()).filter(Participant::isActive).isPresent())
                .toList());
        return ERASE_VIEW;
    }
}
