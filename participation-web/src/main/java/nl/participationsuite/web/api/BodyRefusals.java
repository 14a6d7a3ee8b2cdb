package nl.participationsuite.web.api;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import nl.participationsuite.domain.shared.RuleViolationException;

/**
 * What a JSON body that could not be read says about the field at fault, the same way wherever a
 * body is read (Spring MVC's {@code @RequestBody}, the task API's typed outcomes): the property's
 * path as the body names it ({@code seats[0].termFrom}) and a message code: {@code unknown-property}
 * for a property the record does not have, {@code text.control-character} and
 * {@code date.out-of-range} from {@link RequestBodyChecks}, {@code invalid} for a value of the wrong
 * kind ({@code 3.5} for a whole number, {@code "veel"} for a date).
 */
public final class BodyRefusals {

    private BodyRefusals() {
    }

    /** The refusal as a rule violation on its field, {@code fallbackField} when the body names none. */
    public static RuleViolationException of(JsonMappingException ex, String fallbackField) {
        String field = field(ex);
        return new RuleViolationException(field.isEmpty() ? fallbackField : field, code(ex), ex.getOriginalMessage());
    }

    /** The property's path in the body, or empty for the body as a whole. */
    public static String field(JsonMappingException ex) {
        return ex.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** The message code of the refusal. */
    public static String code(JsonMappingException ex) {
        if (ex instanceof RequestBodyChecks.RefusedValue refused) {
            return refused.code();
        }
        if (ex instanceof UnrecognizedPropertyException) {
            return "unknown-property";
        }
        return "invalid";
    }
}
