package nl.participationsuite.reporting;

/**
 * A report filter parameter that cannot be used: not a value it accepts, or an organisation that is
 * not one of the manager's (unknown and out-of-scope organisations answer the same, so the answer
 * tells nothing about what exists). The API answers it as a 400 problem naming {@link #parameter()};
 * a page shows {@link #code()} as a message next to the field.
 */
public class InvalidFilterException extends RuntimeException {

    private final String parameter;

    private final String value;

    private final String code;

    public InvalidFilterException(String parameter, String value, String code, String message) {
        super(message);
        this.parameter = parameter;
        this.value = value;
        this.code = code;
    }

    /** The request parameter at fault, e.g. {@code from}. */
    public String parameter() {
        return parameter;
    }

    /** The value given. */
    public String value() {
        return value;
    }

    /**
     * Why, as a message key: {@code report.filter.invalid-date}, {@code report.filter.invalid-value},
     * {@code report.filter.period-reversed}, {@code report.filter.unknown-organisation}.
     */
    public String code() {
        return code;
    }
}
