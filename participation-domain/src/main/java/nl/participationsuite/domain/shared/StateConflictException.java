package nl.participationsuite.domain.shared;

/**
 * The thing is no longer in a state that allows this (a meeting that has started or was cancelled is not
 * changed): a genuine conflict, not bad input. Nothing of the change is stored. The API answers 409 with
 * the reason; a page shows it above the form.
 */
public class StateConflictException extends RuntimeException {

    private final String reason;

    public StateConflictException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** What the conflict is, for programs: e.g. {@code MEETING_STARTED}. */
    public String reason() {
        return reason;
    }
}
