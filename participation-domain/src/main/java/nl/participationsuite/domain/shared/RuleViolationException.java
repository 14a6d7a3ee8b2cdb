package nl.participationsuite.domain.shared;

/**
 * A change that breaks one of the product's rules; nothing of it is stored. Names the field the
 * rule is about (as the form or JSON names it) and a message code the web module translates.
 */
public class RuleViolationException extends RuntimeException {

    private final String field;

    private final String code;

    public RuleViolationException(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    /** The field (form or JSON property) the rule is about, e.g. {@code seats}. */
    public String field() {
        return field;
    }

    /** The message code, e.g. {@code seats.too-few-residents}. */
    public String code() {
        return code;
    }
}
