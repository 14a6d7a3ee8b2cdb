package nl.participationsuite.workflow.tasks;

/**
 * A genuine conflict on one task: the person already completed it, a colleague completed it or is
 * working on it, or the trajectory moved on while the person was deciding. Nothing of their outcome
 * is stored; the API answers 409 and the pages say which of these happened.
 */
public class TaskConflictException extends RuntimeException {

    /** What happened to the task. */
    public enum Reason {
        /** The person completed this task themselves before (a second click, a second tab). */
        COMPLETED_BY_YOU,
        /** Someone else completed it first. */
        COMPLETED_BY_SOMEONE_ELSE,
        /** A colleague claimed it and is working on it ({@link #holder()} names them). */
        CLAIMED_BY_COLLEAGUE,
        /** The task is no longer there (the trajectory moved on or ended). */
        NO_LONGER_OPEN,
        /** Too many people changed the same thing at the same moment, even after trying again. */
        BUSY
    }

    private final Reason reason;

    private final String holder;

    public TaskConflictException(Reason reason, String holder, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.holder = holder;
    }

    public TaskConflictException(Reason reason, String message) {
        this(reason, null, message, null);
    }

    public TaskConflictException(String message, Throwable cause) {
        this(Reason.NO_LONGER_OPEN, null, message, cause);
    }

    public TaskConflictException(String message) {
        this(Reason.NO_LONGER_OPEN, null, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The display name of the colleague who holds the task, or null when no one (or no name) is known. */
    public String holder() {
        return holder;
    }
}
