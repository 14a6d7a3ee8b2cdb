package nl.participationsuite.domain.shared;

/**
 * The person may see this but not do this with it (e.g. a professional acting as the coordinator
 * of a trajectory that is not theirs). The API answers 403; things a person may not see at all
 * answer as {@link NotFoundException}.
 */
public class NotAllowedException extends RuntimeException {

    private final String code;

    public NotAllowedException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The message code, e.g. {@code trajectory.not-your-coordination}. */
    public String code() {
        return code;
    }
}
