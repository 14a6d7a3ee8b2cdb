package nl.participationsuite.web.portal.boundaries;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.motivation.Motivation;
import nl.participationsuite.domain.motivation.MotivationProfile;
import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.motivation.ProfileSource;
import nl.participationsuite.domain.motivation.RecordMotivation;
import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.web.forms.Refusals;
import nl.participationsuite.web.portal.boundaries.ResidentMemberships.Membership;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.web.notifications.DeliveryForm;
import nl.participationsuite.web.taskforms.ParticipantNames;

/**
 * A resident fills in their own motivation profile: what gives them energy, their boundaries (how
 * many hours a month, how and when they want to take part) and what they need to take part. The
 * domain keeps a motivation profile per trajectory, so the page works on one trajectory at a time
 * (the newest, or the one chosen), starts from what is on record (from the motivation conversation
 * or their own earlier answers) and records a new version by the resident themself; earlier
 * versions stay in the profile's history.
 */
@Controller
@RequestMapping(BoundariesController.PATH)
class BoundariesController {

    static final String PATH = "/portaal/grenzen";

    static final String VIEW = "portal/boundaries/boundaries";

    static final String TRAJECTORY_PARAM = "traject";

    static final String DELIVERY_PATH = "/portaal/meldingen/voorkeuren";

    private final ResidentMemberships trajectories;

    private final MotivationService motivations;

    private final ParticipantNames names;

    private final CurrentPerson currentPerson;

    private final NotificationService notifications;

    BoundariesController(ResidentMemberships trajectories, MotivationService motivations, ParticipantNames names,
            CurrentPerson currentPerson, NotificationService notifications) {
        this.trajectories = trajectories;
        this.motivations = motivations;
        this.names = names;
        this.currentPerson = currentPerson;
        this.notifications = notifications;
    }

    /** Beside how and when the resident takes part: how they get our messages (its own form and address). */
    private void deliveries(Person me, Model model) {
        DeliveryForm.addTo(model, notifications.deliveries(me.id()), DELIVERY_PATH);
    }

    /** A trajectory to choose on the page; {@code chosen} is the one the form is about. */
    record Choice(UUID id, String title, boolean chosen) {
    }

    /** What is on record now: when, and whether by the resident or in a conversation with whom. */
    record OnRecord(Instant recordedAt, boolean byMe, String recordedBy) {
    }

    @GetMapping
    String show(@RequestParam(name = TRAJECTORY_PARAM, required = false) UUID trajectoryId, Model model) {
        Person me = currentPerson.get();
        deliveries(me, model);
        List<Membership> mine = trajectories.active(me.id());
        if (mine.isEmpty()) {
            model.addAttribute("choices", List.of());
            return VIEW;
        }
        Membership chosen = chosen(trajectoryId, mine, me);
        Optional<Motivation> current = current(chosen);
        model.addAttribute("form", BoundariesForm.of(current.orElse(null)));
        return page(chosen, mine, current, model);
    }

    @PostMapping
    String save(@RequestParam(name = TRAJECTORY_PARAM) UUID trajectoryId,
            @Valid @ModelAttribute("form") BoundariesForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Person me = currentPerson.get();
        deliveries(me, model);
        List<Membership> mine = trajectories.active(me.id());
        Membership chosen = chosen(trajectoryId, mine, me);
        Optional<Motivation> current = current(chosen);
        if (!errors.hasErrors()) {
            try {
                motivations.record(chosen.trajectory().id(), new RecordMotivation(chosen.participant().id(),
                        form.energySourcesOrNone(), form.hoursPerMonth(), form.involvementKindsOrNone(),
                        form.preferredTimesOrNone(), form.supportNeeds(), ProfileSource.RESIDENT, me.id(),
                        form.preferredVenueTypesOrNone()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("portal.boundaries.notice.saved"));
                return "redirect:" + PATH + "?" + TRAJECTORY_PARAM + "=" + chosen.trajectory().id();
            }
            catch (RuleViolationException ex) {
                Refusals.reject(errors, ex);
            }
        }
        return page(chosen, mine, current, model);
    }

    /**
     * The trajectory asked for, or else the newest; one the resident does not (or no longer) take part
     * in is not found.
     */
    private Membership chosen(UUID trajectoryId, List<Membership> mine, Person me) {
        if (trajectoryId == null && !mine.isEmpty()) {
            return mine.get(0);
        }
        Membership asked = trajectories.of(trajectoryId, me.id());
        return mine.stream().filter(membership -> membership.trajectory().id().equals(asked.trajectory().id()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("trajectory", trajectoryId));
    }

    private Optional<Motivation> current(Membership membership) {
        return motivations.find(membership.trajectory().id(), membership.participant().id())
                .map(MotivationProfile::motivation);
    }

    private String page(Membership chosen, List<Membership> mine, Optional<Motivation> current, Model model) {
        model.addAttribute("choices", mine.stream().map(membership -> new Choice(membership.trajectory().id().value(),
                membership.trajectory().title(),
                membership.trajectory().id().equals(chosen.trajectory().id()))).toList());
        model.addAttribute("trajectoryId", chosen.trajectory().id().value());
        model.addAttribute("trajectoryTitle", chosen.trajectory().title());
        model.addAttribute("onRecord", current.map(motivation -> new OnRecord(motivation.recordedAt(),
                motivation.source() == ProfileSource.RESIDENT, names.of(motivation.recordedBy()))).orElse(null));
        model.addAttribute("energySources", BoundariesForm.ENERGY_SOURCES);
        model.addAttribute("involvementKinds", BoundariesForm.INVOLVEMENT_KINDS);
        model.addAttribute("preferredTimes", BoundariesForm.PREFERRED_TIMES);
        model.addAttribute("venueTypes", BoundariesForm.VENUE_TYPES);
        return VIEW;
    }
}
