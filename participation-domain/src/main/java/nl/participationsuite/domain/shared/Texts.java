package nl.participationsuite.domain.shared;


/** Checks of free text that every feature applies the same way. */
public final class Texts {

    private Texts() {
    }

    /** The message code of a text refused for a control character; {@code rule.text.control-character}. */
    public static final String CONTROL_CHARACTER = "text.control-character";

    /**
     * Whether the text holds a control character that no text typed by a person holds: a NUL byte,
     * another C0 control, DEL or a C1 control. Line breaks and tabs are what a person types in a
     * multi-line field, and are allowed. PostgreSQL cannot store a NUL in a text at all; the others
     * would reach pages, exports and letters invisibly.
     */
    public static boolean hasControlCharacter(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isControl(char c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** Refuses a text with a control character (see {@link #hasControlCharacter}), naming the field. */
    public static String withoutControlCharacters(String field, String value) {
        if (hasControlCharacter(value)) {
            throw new RuleViolationException(field, CONTROL_CHARACTER, field + " holds a control character");
        }
        return value;
    }

    /** The text, stripped; refused when blank or longer than {@code max}. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field, "required", field + " is required");
        }
        return optional(field, value, max);
    }

    /** The text stripped, or null when blank; refused when longer than {@code max}. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        withoutControlCharacters(field, value);
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new RuleViolationException(field, "too-long", field + " is longer than " + max + " characters");
        }
        return stripped;
    }
}
