package nl.participationsuite.web.portal.support;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.support.RequestTraining;
import nl.participationsuite.domain.support.RequestTravelCost;
import nl.participationsuite.domain.support.SupportService;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Person;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.web.forms.Refusals;
import nl.participationsuite.web.portal.ResidentTrajectories;
import nl.participationsuite.web.portal.ResidentTrajectories.Choice;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.forms.Notice;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A resident's support: the requests they made and where each stands, and asking for travel costs
 * or a training. Amounts are typed the Dutch way ("12,50"); a negative one is refused here, the
 * domain refuses zero and more than € 1000, each next to the amount field. A value that does not
 * convert (a date, a trajectory id) leaves the form null: {@code UnconvertibleValues} shows its error.
 */
@Controller
@RequestMapping(PortalSupportController.PATH)
class PortalSupportController {

    static final String PATH = "/portaal/ondersteuning";

    private static final String TRAVEL_VIEW = "portal/support/travel-cost";

    private static final String TRAINING_VIEW = "portal/support/training";

    private final SupportService support;

    private final PortalSupport views;

    private final ResidentTrajectories trajectories;

    private final CurrentPerson currentPerson;

    PortalSupportController(SupportService support, PortalSupport views, ResidentTrajectories trajectories,
            CurrentPerson currentPerson) {
        this.support = support;
        this.views = views;
        this.trajectories = trajectories;
        this.currentPerson = currentPerson;
    }

    /** Travel costs of a trip made for the trajectory; the amount as typed, e.g. "12,50". */
    record TravelCostForm(UUID trajectoryId, @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate tripDate,
            @NotBlank @Size(max = 200) String from, @NotBlank @Size(max = 200) String to,
            @NotBlank @Size(max = 20) String amount) {
    }

    /** A training and who gives it; the cost as typed, empty for a free training. */
    record TrainingForm(UUID trajectoryId, @NotBlank @Size(max = 200) String trainingName,
            @NotBlank @Size(max = 200) String provider, @Size(max = 20) String cost) {
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("requests", views.mine(currentPerson.get()));
        return "portal/support/list";
    }

    @GetMapping("/reiskosten")
    String initTravelCostForm(Model model) {
        model.addAttribute("choices", trajectories.open(currentPerson.get()));
        model.addAttribute("form", new TravelCostForm(null, null, null, null, null));
        return TRAVEL_VIEW;
    }

    @PostMapping("/reiskosten")
    String processTravelCostForm(@Valid @ModelAttribute("form") TravelCostForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Person me = currentPerson.get();
        if (form == null) {
            model.addAttribute("choices", trajectories.open(me));
            return TRAVEL_VIEW;
        }
        UUID trajectoryId = trajectory(me, form.trajectoryId(), errors, model);
        Long cents = amount("amount", form.amount(), errors);
        if (errors.hasErrors()) {
            return TRAVEL_VIEW;
        }
        ParticipantId participant = trajectories.participantIn(trajectoryId, me);
        return request(errors, redirect, TRAVEL_VIEW, Map.of("amountCents", "amount"),
                () -> support.requestTravelCost(new TrajectoryId(trajectoryId),
                        new RequestTravelCost(participant, form.tripDate(), form.from(), form.to(), cents)));
    }

    @GetMapping("/training")
    String initTrainingForm(Model model) {
        model.addAttribute("choices", trajectories.open(currentPerson.get()));
        model.addAttribute("form", new TrainingForm(null, null, null, null));
        return TRAINING_VIEW;
    }

    @PostMapping("/training")
    String processTrainingForm(@Valid @ModelAttribute("form") TrainingForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Person me = currentPerson.get();
        if (form == null) {
            model.addAttribute("choices", trajectories.open(me));
            return TRAINING_VIEW;
        }
        UUID trajectoryId = trajectory(me, form.trajectoryId(), errors, model);
        Long cents = form.cost() == null || form.cost().isBlank() ? null : amount("cost", form.cost(), errors);
        if (errors.hasErrors()) {
            return TRAINING_VIEW;
        }
        ParticipantId participant = trajectories.participantIn(trajectoryId, me);
        return request(errors, redirect, TRAINING_VIEW, Map.of("costCents", "cost"),
                () -> support.requestTraining(new TrajectoryId(trajectoryId),
                        new RequestTraining(participant, form.trainingName(), form.provider(), cents)));
    }

    /** The chosen trajectory (the only one when there is one), or an error on the choice. */
    private UUID trajectory(Person me, UUID fromForm, BindingResult errors, Model model) {
        List<Choice> choices = trajectories.open(me);
        model.addAttribute("choices", choices);
        UUID chosen = ResidentTrajectories.chosen(fromForm, choices);
        if (chosen == null && !errors.hasFieldErrors("trajectoryId")) {
            errors.rejectValue("trajectoryId", "NotNull");
        }
        return chosen;
    }

    /** The typed amount in cents; a text that is no amount, or a negative one, is an error on the field. */
    private static Long amount(String field, String text, BindingResult errors) {
        if (text == null || text.isBlank() || errors.hasFieldErrors(field)) {
            return null;
        }
        Long cents = EuroAmounts.parseCents(text);
        if (cents == null) {
            errors.rejectValue(field, "portal.support.amount.invalid");
        }
        else if (cents < 0) {
            errors.rejectValue(field, "portal.support.amount.negative");
        }
        return cents;
    }

    /**
     * Makes the request; the domain's refusal goes to the form field it is about ({@code renamed}
     * where the form calls it otherwise; the participation and the trajectory are the trajectory
     * chosen), or above the form.
     */
    private static String request(BindingResult errors, RedirectAttributes redirect, String view,
            Map<String, String> renamed, Runnable request) {
        try {
            request.run();
        }
        catch (RuleViolationException ex) {
            Map<String, String> names = new HashMap<>(renamed);
            names.put("participantId", "trajectoryId");
            names.put("trajectory", "trajectoryId");
            Refusals.reject(errors, ex, names);
            return view;
        }
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("portal.support.notice.requested"));
        return "redirect:" + PATH;
    }
}
