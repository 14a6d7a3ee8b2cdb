package nl.participationsuite.web.workspace.tasks;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks a list form after the controller has put its rows in order (empty rows left out, one row
 * per participant or criterion), so that an error's row number is the row shown and the row the
 * outcome and the domain's rules speak of. The form and its errors go in the model as
 * {@code form}, the way Spring MVC puts a bound form there.
 */
@Component
class TaskFormChecks {

    static final String FORM = "form";

    private final SpringValidatorAdapter validator;

    TaskFormChecks(Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    /**
     * Bean Validation of the form, which is put in the model with its errors; add the form's own
     * checks (and the domain's) to the answer, they show too.
     */
    BindingResult check(Object form, Model model) {
        BindingResult errors = new BeanPropertyBindingResult(form, FORM);
        validator.validate(form, errors);
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        return errors;
    }

    /** Shows the form with these errors (copied, as the form shown may have more rows than the form checked). */
    static void show(Object form, BindingResult errors, Model model) {
        BindingResult shown = new BeanPropertyBindingResult(form, FORM);
        shown.addAllErrors(errors);
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, shown);
    }
}
