package nl.participationsuite.web.workspace.tasks;

import java.util.List;
import java.util.function.Function;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
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

    private final SpringValidatorAdapter validator;

    VisionTaskPages(TaskPages pages, TrajectoryService trajectories, TaskParticipants participants, Validator validator) {
        this.pages = pages;
        this.trajectories = trajectories;
        this.participants = participants;
        this.validator = new SpringValidatorAdapter(validator);
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
    String submit(TaskContext task, VisionForm posted, BindingResult binding, String action,
            Function<VisionForm, TaskOutcome> outcome, Model model, RedirectAttributes redirect) {
        context(task, model);
        if (ADD_EXPECTATION.equals(action) || ADD_CRITERION.equals(action)) {
            model.addAttribute("form", posted.withOneMoreRow(ADD_CRITERION.equals(action) ? "successCriteria" : "expectations"));
            return null;
        }
        if (binding.hasErrors()) {
            // a value no field of the form offers (only when the page was tampered with): show it as posted
            return null;
        }
        VisionForm filled = posted.filled();
        BindingResult errors = new BeanPropertyBindingResult(filled, "form");
        validator.validate(filled, errors);
        filled.checkParties(errors);
        if (!errors.hasErrors()) {
            String next = pages.complete(task, outcome.apply(filled), errors, redirect);
            if (next != null) {
                return next;
            }
        }
        VisionForm shown = filled.withEmptyRows();
        BindingResult shownErrors = new BeanPropertyBindingResult(shown, "form");
        shownErrors.addAllErrors(errors);
        model.addAttribute("form", shown);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", shownErrors);
        return null;
    }

    private void context(TaskContext task, Model model) {
        model.addAttribute("parties", List.of(Party.values()));
        model.addAttribute("participants", participants.active(trajectories.get(task.trajectoryId())));
        model.addAttribute("addExpectation", ADD_EXPECTATION);
        model.addAttribute("addCriterion", ADD_CRITERION);
    }
}
