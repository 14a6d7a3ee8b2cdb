package nl.participationsuite.domain.shared;


/** Checks of free text that every feature applies the same way. */
public final class Texts {

    private Texts() {
    }

    /** The message code of a text refused for a control character; {@code rule.text.control-character}. */
    public static final String CONTROL_CHARACTER = "text.control-character";

    /** The message code of a one-line text refused for a line break or tab; {@code rule.text.line-break}. */
    public static final String LINE_BREAK = "text.line-break";

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

    /**
     * A one-line text (a title, a name, a place, an address): as {@link #required}, and refused when
     * it holds a line break or tab, which no one-line field of a page can send and which would break
     * the lines of lists, exports, letters and mail subjects.
     */
    public static String requiredLine(String field, String value, int max) {
        return oneLine(field, required(field, value, max));
    }

    /** A one-line text, or null when blank: as {@link #optional}, and refused for a line break or tab. */
    public static String optionalLine(String field, String value, int max) {
        return oneLine(field, optional(field, value, max));
    }

    private static String oneLine(String field, String stripped) {
        if (stripped != null && stripped.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            throw new RuleViolationException(field, LINE_BREAK, field + " is one line and holds a line break or tab");
        }
        return stripped;
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
