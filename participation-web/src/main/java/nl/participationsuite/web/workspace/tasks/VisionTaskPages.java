package nl.participationsuite.web.workspace.tasks;

import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.domain.vision.Party;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * What drafting and revising the shared vision share: the form with its rows, "one more row"
 * without checking anything, and sending only the rows filled in. The rows are checked after the
 * empty ones are left out, so that an error's row number is the same on the form, in the outcome
 * and in the domain's rules.
 */
@Component
class VisionTaskPages {

    static final String ADD_EXPECTATION = "add-expectation";

    static final String ADD_CRITERION = "add-criterion";

    private final TaskPages pages;

    private final TrajectoryService trajectories;

    private final TaskParticipants participants;

    private final TaskFormChecks checks;

    VisionTaskPages(TaskPages pages, TrajectoryService trajectories, TaskParticipants participants,
            TaskFormChecks checks) {
        this.pages = pages;
        this.trajectories = trajectories;
        this.participants = participants;
        this.checks = checks;
    }

    /** The form as shown the first time. */
    void show(TaskContext task, VisionForm form, Model model) {
        model.addAttribute("form", form.withEmptyRows());
        context(task, model);
    }

    /**
     * Handles a post: one more row, or the rows filled in checked and sent as the outcome. Answers
     * the redirect after completing, or null when the form is to be shown again (it is in the model).
     */
    String submit(TaskContext task, VisionForm posted, String action, Function<VisionForm, TaskOutcome> outcome,
            Model model, RedirectAttributes redirect) {
        context(task, model);
        // a value no field offers (a tampered page) leaves no form or an empty field: it is checked as missing
        VisionForm form = posted == null ? VisionForm.empty() : posted;
        if (ADD_EXPECTATION.equals(action) || ADD_CRITERION.equals(action)) {
            model.addAttribute(TaskFormChecks.FORM,
                    form.withOneMoreRow(ADD_CRITERION.equals(action) ? "successCriteria" : "expectations"));
            return null;
        }
        VisionForm filled = form.filled();
        BindingResult errors = checks.check(filled, model);
        filled.checkParties(errors);
        if (!errors.hasErrors()) {
            String next = pages.complete(task, outcome.apply(filled), errors, redirect);
            if (next != null) {
                return next;
            }
        }
        TaskFormChecks.show(filled.withEmptyRows(), errors, model);
        return null;
    }

    private void context(TaskContext task, Model model) {
        model.addAttribute("parties", List.of(Party.values()));
        model.addAttribute("participants", participants.active(trajectories.get(task.trajectoryId())));
        model.addAttribute("addExpectation", ADD_EXPECTATION);
        model.addAttribute("addCriterion", ADD_CRITERION);
    }
}
