package nl.participationsuite.web.taskforms;

import java.util.function.Consumer;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.web.forms.Notice;
import nl.participationsuite.web.forms.Refusals;
import nl.participationsuite.workflow.tasks.TaskContext;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/**
 * What every channel does with a posted task form, whatever its kind: an action that only changes
 * the form shows it changed; otherwise the form is put in order by its kind, checked against its
 * annotations (a value that could not be converted keeps its own error and is not checked again),
 * then by its kind, which decides what follows. The channel completes the task, or shows the page
 * again: {@link Submission#show} puts the form and its errors in the model as {@code form}, the way
 * Spring MVC puts a bound form there.
 */
@Component
public class TaskFormFlow {

    private final SpringValidatorAdapter validator;

    TaskFormFlow(Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    /** The form of the kind as the page first shows it, in the model as {@code form}. */
    public <F> void showInitial(TaskFormKind<F> kind, TaskContext task, Model model) {
        model.addAttribute(PostedTaskFormResolver.FORM, kind.initial(task));
    }

    /**
     * How a channel completes a task with the form's outcome: the address to go to next, or null
     * when the domain refused the outcome (handed to {@code refused}, to show on the form).
     */
    @FunctionalInterface
    public interface Completion {

        String complete(TaskContext task, TaskOutcome outcome, Consumer<RuleViolationException> refused,
                RedirectAttributes redirect);
    }

    /**
     * A post of a task form, the same way on every channel: completed through the channel (the
     * address to go to next); or back to the form's own address ({@code formAddress}) with a notice
     * when the task changed meanwhile; or null, the form and its errors in the model, for the
     * channel to show its page again.
     */
    public String post(TaskContext task, PostedTaskForm posted, String action, Model model, RedirectAttributes redirect,
            Completion completion, String formAddress) {
        Submission submission = submit(task, posted, action, model);
        if (submission.step() instanceof TaskStep.Complete complete) {
            String next = completion.complete(task, complete.outcome(), submission::refused, redirect);
            if (next != null) {
                return next;
            }
        }
        else if (submission.step() instanceof TaskStep.Reload reload) {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.problem(reload.noticeKey()));
            return "redirect:" + formAddress;
        }
        submission.show(model);
        return null;
    }

    /** Runs the posted form through its kind. */
    public Submission submit(TaskContext task, PostedTaskForm posted, String action, Model model) {
        return submit(posted.kind(), task, posted, action, model);
    }

    private <F> Submission submit(TaskFormKind<F> kind, TaskContext task, PostedTaskForm posted, String action,
            Model model) {
        F given = kind.formType().cast(posted.form());
        F changed = kind.change(task, given, action);
        if (changed != null) {
            return new Submission(changed, new BeanPropertyBindingResult(changed, PostedTaskFormResolver.FORM),
                    TaskStep.show());
        }
        F form = kind.prepare(task, given);
        BindingResult errors = new BeanPropertyBindingResult(form, PostedTaskFormResolver.FORM);
        if (form == given) {
            errors.addAllErrors(posted.binding());
        }
        validate(form, errors);
        TaskStep step = kind.decide(task, form, action, errors, model);
        return new Submission(kind.shown(form), errors, errors.hasErrors() ? TaskStep.show() : step);
    }

    /** Bean Validation of the form, leaving out fields that already have an error (a value that could not be converted). */
    private void validate(Object form, BindingResult errors) {
        BindingResult checked = new BeanPropertyBindingResult(form, PostedTaskFormResolver.FORM);
        validator.validate(form, checked);
        checked.getGlobalErrors().forEach(errors::addError);
        for (FieldError error : checked.getFieldErrors()) {
            if (!errors.hasFieldErrors(error.getField())) {
                errors.addError(error);
            }
        }
    }

    /**
     * A posted form run through its kind: the form the page shows, its errors, and what follows.
     * A step that completes the task is only given when the form has no errors.
     */
    public static final class Submission {

        private final Object shown;

        private final BindingResult errors;

        private final TaskStep step;

        Submission(Object shown, BindingResult errors, TaskStep step) {
            this.shown = shown;
            this.errors = errors;
            this.step = step;
        }

        public TaskStep step() {
            return step;
        }

        /** Puts the domain's refusal of the outcome on the form, on the field it names where the form has one. */
        public void refused(RuleViolationException refusal) {
            RuleViolationException onForm = step instanceof TaskStep.Complete complete ? complete.onForm().apply(refusal)
                    : refusal;
            Refusals.reject(errors, onForm);
        }

        /** Puts the form and its errors in the model, to show the page again. */
        public void show(Model model) {
            BindingResult shownErrors = new BeanPropertyBindingResult(shown, PostedTaskFormResolver.FORM);
            shownErrors.addAllErrors(errors);
            model.addAttribute(PostedTaskFormResolver.FORM, shown);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + PostedTaskFormResolver.FORM, shownErrors);
        }
    }
}
