package nl.participationsuite.workflow.tasks;

/**
 * The task was completed or claimed by someone else, or the trajectory moved on while the person
 * was deciding. Nothing of their outcome is stored; the API answers 409.
 */
public class TaskConflictException extends RuntimeException {

    public TaskConflictException(String message, Throwable cause) {
        super(message, cause);
    }

    public TaskConflictException(String message) {
        super(message);
    }
}
