package nl.participationsuite.web.forms;

import java.util.Map;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import nl.participationsuite.domain.shared.RuleViolationException;

/**
 * Puts the domain's refusal on the form the user sent: next to the field it names when the form has
 * that field (under the form's own name where it calls the field otherwise), else above the form.
 * The message key is {@code rule.<code>}, the domain's message the default. A field the form does
 * not have never becomes a server error.
 */
public final class Refusals {

    private Refusals() {
    }

    public static void reject(BindingResult errors, RuleViolationException ex) {
        reject(errors, ex, Map.of());
    }

    /** As {@link #reject(BindingResult, RuleViolationException)}; {@code renamed} maps the domain's field names to the form's. */
    public static void reject(BindingResult errors, RuleViolationException ex, Map<String, String> renamed) {
        String code = "rule." + ex.code();
        String field = ex.field() == null ? null : renamed.getOrDefault(ex.field(), ex.field());
        if (field != null && isFieldOf(errors, field)) {
            errors.rejectValue(field, code, ex.getMessage());
        }
        else {
            errors.reject(code, ex.getMessage());
        }
    }

    /**
     * A field error with the code, also on a form Spring could not construct (another field held a
     * value that did not convert, a control character): {@code rejectValue} would read the missing form.
     */
    public static void rejectField(BindingResult errors, String field, String code, Object value) {
        errors.addError(new FieldError(errors.getObjectName(), field, value, true, errors.resolveMessageCodes(code, field),
                null, null));
    }

    private static boolean isFieldOf(BindingResult errors, String field) {
        try {
            return errors.getFieldType(field) != null;
        }
        catch (NotReadablePropertyException | IllegalArgumentException notAFieldOfTheForm) {
            return false;
        }
    }
}
