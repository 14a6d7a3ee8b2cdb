package nl.participationsuite.web.forms;

import java.beans.PropertyEditorSupport;

import nl.participationsuite.domain.shared.Texts;
import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Refuses a control character ({@link Texts#hasControlCharacter}: a NUL byte, ...) in every text
 * of every form, once for all of them: the text is refused while the request is bound, before any
 * of the form reaches the domain, so nothing is half-written and no database error turns into a
 * false conflict. The form shows it next to its field as {@code rule.text.control-character}, like
 * any other refusal. Line breaks and tabs are what a person types and pass. A request parameter or
 * path variable bound outside a form is refused the same way (a 400).
 */
@ControllerAdvice
class PlainTextBinding {

    /** The message code of the field error, as the domain's refusals are coded ({@code rule.<code>}). */
    static final String ERROR_CODE = "rule." + Texts.CONTROL_CHARACTER;

    @InitBinder
    void refuseControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PlainTextEditor());
        binder.setBindingErrorProcessor(new ControlCharacterErrors());
    }

    /** Binds a text as it is, unless it holds a control character. */
    static final class PlainTextEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (Texts.hasControlCharacter(text)) {
                throw new ControlCharacterRefused();
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /** The editor's refusal, told apart from a value that merely did not convert. */
    static final class ControlCharacterRefused extends IllegalArgumentException {

        ControlCharacterRefused() {
            super("the text holds a control character");
        }
    }

    /** Records a refused text under {@link #ERROR_CODE}, every other binding error as Spring does. */
    static final class ControlCharacterErrors extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
            if (refusedText(ex)) {
                // The page shows the text again without the characters, never echoing a NUL into HTML.
                String field = ex.getPropertyName();
                Object shown = ex.getValue() instanceof String text ? withoutControlCharacters(text) : null;
                bindingResult.recordFieldValue(field, String.class, shown);
                bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, shown, true,
                        bindingResult.resolveMessageCodes(ERROR_CODE, field), null, "the text holds a control character"));
                return;
            }
            super.processPropertyAccessException(ex, bindingResult);
        }

        private static String withoutControlCharacters(String text) {
            StringBuilder kept = new StringBuilder(text.length());
            text.chars().filter(c -> !Texts.hasControlCharacter(String.valueOf((char) c))).forEach(c -> kept.append((char) c));
            return kept.toString();
        }

        private static boolean refusedText(Throwable ex) {
            for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
                if (cause instanceof ControlCharacterRefused) {
                    return true;
                }
            }
            return false;
        }
    }
}
