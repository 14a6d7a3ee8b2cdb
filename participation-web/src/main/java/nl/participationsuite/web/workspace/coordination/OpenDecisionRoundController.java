package nl.participationsuite.web.workspace.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.seats.BackgroundDocument;
import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.seats.OpenRound;
import nl.participationsuite.domain.seats.SteeringGroupService;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.web.forms.Refusals;
import nl.participationsuite.web.security.CurrentPerson;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.workflow.seats.DecisionRoundWorkflow;

/**
 * The coordinator or a professional of the trajectory puts a proposal to the steering group: a title,
 * the proposal itself and until when the seat holders can vote. Every seat holder then gets a vote
 * task in the portal or the workspace; the round closes when all have voted or at the deadline.
 */
@Controller
@RequestMapping(TrajectoryPages.TRAJECTORY + "/besluitronden/nieuw")
class OpenDecisionRoundController {

    static final String VIEW = "workspace/coordination/open-decision-round";

    /** The deadline the form suggests: a week from today at 17:00, time enough for residents to read and ask. */
    static final int SUGGESTED_DAYS = 7;

    static final LocalTime SUGGESTED_TIME = LocalTime.of(17, 0);

    /** The domain's name of the deadline, as this form asks it. */
    private static final Map<String, String> RENAMED = Map.of("deadline", "deadlineDate");

    private final TrajectoryService trajectories;

    private final DecisionRoundWorkflow rounds;

    private final CurrentPerson currentPerson;

    private final Clock clock;

    private final SteeringGroupService steeringGroups;

    OpenDecisionRoundController(TrajectoryService trajectories, DecisionRoundWorkflow rounds, CurrentPerson currentPerson,
            Clock clock, SteeringGroupService steeringGroups) {
        this.trajectories = trajectories;
        this.rounds = rounds;
        this.currentPerson = currentPerson;
        this.clock = clock;
        this.steeringGroups = steeringGroups;
    }

    /**
     * What the form holds; the date and time as the browser sends them (2026-12-14, 17:00), and the
     * quorum as typed (empty for the default, a majority of the seat holders).
     */
    record RoundForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String proposal,
            @NotBlank String deadlineDate, @NotBlank String deadlineTime, @Size(max = 3) String quorum,
            @Size(max = BackgroundDocument.MAX_TITLE) String documentTitle1,
            @Size(max = BackgroundDocument.MAX_URL) String documentUrl1,
            @Size(max = BackgroundDocument.MAX_TITLE) String documentTitle2,
            @Size(max = BackgroundDocument.MAX_URL) String documentUrl2,
            @Size(max = BackgroundDocument.MAX_TITLE) String documentTitle3,
            @Size(max = BackgroundDocument.MAX_URL) String documentUrl3) {

        /** The rows the coordinator filled in (a row with a title or an address), with their row number. */
        List<Row> documents() {
            List<Row> rows = new ArrayList<>();
            addIfFilled(rows, 1, documentTitle1, documentUrl1);
            addIfFilled(rows, 2, documentTitle2, documentUrl2);
            addIfFilled(rows, 3, documentTitle3, documentUrl3);
            return rows;
        }

        private static void addIfFilled(List<Row> rows, int number, String title, String url) {
            if ((title != null && !title.isBlank()) || (url != null && !url.isBlank())) {
                rows.add(new Row(number, new BackgroundDocument(title, url == null ? null : url.strip())));
            }
        }

        /** A filled-in row of the form and the document it names. */
        record Row(int number, BackgroundDocument document) {
        }
    }

    /** How many background documents the form offers: a few links, to a report or a drawing. */
    static final int DOCUMENT_ROWS = 3;

    @GetMapping
    String initForm(@PathVariable UUID id, Model model) {
        Trajectory trajectory = workedOn(id);
        page(trajectory, model);
        LocalDate suggested = LocalDate.now(clock).plusDays(SUGGESTED_DAYS);
        model.addAttribute("form", new RoundForm(null, null, suggested.toString(), SUGGESTED_TIME.toString(), null,
                null, null, null, null, null, null));
        return VIEW;
    }

    @PostMapping
    String processForm(@PathVariable UUID id, @Valid @ModelAttribute("form") RoundForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Trajectory trajectory = workedOn(id);
        page(trajectory, model);
        LocalDate date = TrajectoryPages.parse("deadlineDate", form.deadlineDate(), LocalDate::parse, errors);
        LocalTime time = TrajectoryPages.parse("deadlineTime", form.deadlineTime(), LocalTime::parse, errors);
        Integer quorum = quorum(form.quorum(), errors);
        if (errors.hasErrors()) {
            return VIEW;
        }
        List<RoundForm.Row> rows = form.documents();
        Map<String, String> renamed = new HashMap<>(RENAMED);
        for (int i = 0; i < rows.size(); i++) {
            renamed.put("documents[" + i + "].title", "documentTitle" + rows.get(i).number());
            renamed.put("documents[" + i + "].url", "documentUrl" + rows.get(i).number());
        }
        try {
            rounds.open(trajectory.id(), new OpenRound(form.title(), form.proposal(),
                    date.atTime(time).atZone(clock.getZone()).toInstant(), quorum,
                    rows.stream().map(RoundForm.Row::document).toList()));
        }
        catch (RuleViolationException ex) {
            Refusals.reject(errors, ex, renamed);
            return VIEW;
        }
        return TrajectoryPages.backTo(trajectory.id(), Notice.success("coordination.notice.round-opened"), redirect);
    }


    /** The trajectory, and its steering group's seat holders with the quorum a round gets by default. */
    private void page(Trajectory trajectory, Model model) {
        model.addAttribute("trajectory", trajectory);
        int holders = steeringGroups.groupOf(trajectory.id()).map(group -> group.holders().size()).orElse(0);
        model.addAttribute("holders", holders);
        model.addAttribute("defaultQuorum", DecisionRound.defaultQuorum(holders));
    }

    /** The quorum as typed: null for the default, or a field error when it is no whole number. */
    private static Integer quorum(String typed, BindingResult errors) {
        if (typed == null || typed.isBlank() || errors.hasFieldErrors("quorum")) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        }
        catch (NumberFormatException ex) {
            errors.rejectValue("quorum", "typeMismatch");
            return null;
        }
    }

    private Trajectory workedOn(UUID id) {
        return trajectories.workedOnBy(new TrajectoryId(id), currentPerson.get().id());
    }
}
