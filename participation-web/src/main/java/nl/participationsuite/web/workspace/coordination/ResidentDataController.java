package nl.participationsuite.web.workspace.coordination;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.involvement.ResidentRegistration;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.accounts.AccountRemovalJob;
import nl.participationsuite.web.privacy.ErasureForm;
import nl.participationsuite.web.privacy.PersonalDataFile;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.workflow.privacy.ResidentErasure;

/**
 * A resident's rights over their data, exercised by the coordinator on the resident's request (by
 * letter, on the phone, at the door): many residents have no account to do it in the portal. The
 * coordinator downloads the same JSON file the portal gives, to hand over, or has the resident's
 * data erased after the same confirmation. Only the trajectory's coordinator, only for a resident of
 * the trajectory; anyone else gets what the trajectory's other pages give them.
 */
@Controller
@RequestMapping(TrajectoryPages.TRAJECTORY + "/inwoners/{participantId}/gegevens")
class ResidentDataController {

    static final String VIEW = "workspace/coordination/resident-data";

    /** The form's name here: its messages speak of the resident, not of "your data" as in the portal. */
    static final String FORM = "residentErasure";


    private final ResidentRegistration registration;

    private final TrajectoryService trajectories;

    private final PersonalDataFile files;

    private final ResidentErasure erasure;

    private final AccountRemovalJob accountRemovals;

    private final CurrentPerson currentPerson;

    ResidentDataController(ResidentRegistration registration, TrajectoryService trajectories, PersonalDataFile files,
            ResidentErasure erasure, AccountRemovalJob accountRemovals, CurrentPerson currentPerson) {
        this.registration = registration;
        this.trajectories = trajectories;
        this.files = files;
        this.erasure = erasure;
        this.accountRemovals = accountRemovals;
        this.currentPerson = currentPerson;
    }

    @GetMapping
    String show(@PathVariable UUID id, @PathVariable UUID participantId, Model model) {
        Person resident = resident(id, participantId);
        model.addAttribute(FORM, new ErasureForm(null));
        return page(id, participantId, resident, model);
    }

    @GetMapping("/download")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID participantId, Locale locale)
            throws JsonProcessingException {
        return files.download(resident(id, participantId).id(), locale);
    }

    @PostMapping("/wissen")
    String erase(@PathVariable UUID id, @PathVariable UUID participantId,
            @Valid @ModelAttribute(FORM) ErasureForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Person resident = resident(id, participantId);
        if (resident.isErased()) {
            return TrajectoryPages.backTo(new TrajectoryId(id), Notice.problem("coordination.resident-data.notice.already"),
                    redirect);
        }
        if (errors.hasErrors()) {
            return page(id, participantId, resident, model);
        }
        try {
            erasure.erase(resident.id());
        }
        catch (RuleViolationException ex) {
            model.addAttribute(Notice.ATTRIBUTE, Notice.problem("erase.leads-a-trajectory".equals(ex.code())
                    ? "coordination.resident-data.notice.leads" : "coordination.resident-data.notice.not-possible"));
            return page(id, participantId, resident, model);
        }
        accountRemovals.removeNow();
        return TrajectoryPages.backTo(new TrajectoryId(id), Notice.success("coordination.resident-data.notice.erased"),
                redirect);
    }

    private Person resident(UUID id, UUID participantId) {
        return registration.resident(new TrajectoryId(id), currentPerson.get().id(), new ParticipantId(participantId));
    }

    private String page(UUID id, UUID participantId, Person resident, Model model) {
        model.addAttribute("trajectory", trajectories.get(new TrajectoryId(id)));
        model.addAttribute("participantId", participantId);
        model.addAttribute("resident", resident);
        return VIEW;
    }
}
