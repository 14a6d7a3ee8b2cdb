package nl.participationsuite.web.workspace.coordination;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.Refusals;
import nl.participationsuite.web.accounts.AccountConflictException;
import nl.participationsuite.web.accounts.AccountsUnavailableException;
import nl.participationsuite.web.accounts.ResidentInvitations;
import nl.participationsuite.web.accounts.ResidentInvitations.Invitation;
import nl.participationsuite.web.accounts.UserNames;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.forms.Notice;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The coordinator invites a registered resident to the portal: a user name (one is suggested), then
 * a letter to print or hand over with the user name and a one-time activation code. The letter is
 * the answer to the form itself, not a page to come back to: the code is shown this once and kept
 * nowhere, not even in the browser's cache.
 */
@Controller
@RequestMapping(TrajectoryPages.TRAJECTORY + "/inwoners/{participantId}/uitnodigen")
class InviteResidentController {

    static final String VIEW = "workspace/coordination/invite-resident";

    static final String LETTER_VIEW = "workspace/coordination/invitation-letter";

    static final String PORTAL_PATH = "/portaal";

    private final TrajectoryService trajectories;

    private final ResidentInvitations invitations;

    private final CurrentPerson currentPerson;

    InviteResidentController(TrajectoryService trajectories, ResidentInvitations invitations,
            CurrentPerson currentPerson) {
        this.trajectories = trajectories;
        this.invitations = invitations;
        this.currentPerson = currentPerson;
    }

    /** The user name the resident logs in with. */
    record InvitationForm(@NotBlank @Pattern(regexp = UserNames.PATTERN) String username) {
    }

    @ModelAttribute("participantId")
    UUID participantId(@PathVariable UUID participantId) {
        return participantId;
    }

    @GetMapping
    String initForm(@PathVariable UUID id, @PathVariable UUID participantId, Model model, RedirectAttributes redirect) {
        PersonId me = currentPerson.get().id();
        TrajectoryId trajectoryId = new TrajectoryId(id);
        Person resident = invitations.resident(trajectoryId, me, new ParticipantId(participantId));
        if (resident.hasAccount()) {
            return TrajectoryPages.backTo(trajectoryId, Notice.problem("coordination.notice.already-invited"), redirect);
        }
        prepare(trajectoryId, me, resident, model);
        model.addAttribute("form", new InvitationForm(UserNames.suggest(resident.displayName())));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable UUID id, @PathVariable UUID participantId,
            @Valid @ModelAttribute("form") InvitationForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        PersonId me = currentPerson.get().id();
        TrajectoryId trajectoryId = new TrajectoryId(id);
        ParticipantId participant = new ParticipantId(participantId);
        Person resident = invitations.resident(trajectoryId, me, participant);
        prepare(trajectoryId, me, resident, model);
        if (errors.hasErrors()) {
            return VIEW;
        }
        Invitation invitation;
        try {
            invitation = invitations.invite(trajectoryId, me, participant, form.username());
        }
        catch (AccountConflictException ex) {
            if ("email".equals(ex.field())) {
                errors.reject("coordination.invite.email-taken");
            }
            else {
                rejectTakenUserName(form.username(), errors);
            }
            return VIEW;
        }
        catch (AccountsUnavailableException ex) {
            errors.reject("coordination.invite.unavailable");
            return VIEW;
        }
        catch (RuleViolationException ex) {
            Refusals.reject(errors, ex);
            return VIEW;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("invitation", invitation);
        model.addAttribute("portalUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path(PORTAL_PATH)
                .toUriString());
        return LETTER_VIEW;
    }

    /** Says the name is taken and, when Keycloak can tell, which one like it is free. */
    private void rejectTakenUserName(String username, BindingResult errors) {
        String suggestion;
        try {
            suggestion = invitations.freeUserNameLike(username);
        }
        catch (AccountsUnavailableException ex) {
            suggestion = null;
        }
        if (suggestion == null) {
            errors.rejectValue("username", "coordination.invite.username-taken");
        }
        else {
            errors.rejectValue("username", "coordination.invite.username-taken.suggestion", new Object[] { suggestion }, null);
        }
    }

    private void prepare(TrajectoryId trajectoryId, PersonId me, Person resident, Model model) {
        model.addAttribute("trajectory", trajectories.coordinatedBy(trajectoryId, me));
        model.addAttribute("residentName", resident.displayName());
        model.addAttribute("residentEmail", resident.email());
    }
}
