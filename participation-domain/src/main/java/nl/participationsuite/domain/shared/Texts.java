package nl.participationsuite.domain.shared;


/** Checks of free text that every feature applies the same way. */
public final class Texts {

    private Texts() {
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
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new RuleViolationException(field, "too-long", field + " is longer than " + max + " characters");
        }
        return stripped;
    }
}
