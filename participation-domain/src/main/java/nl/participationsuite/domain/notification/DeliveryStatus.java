package nl.participationsuite.domain.notification;

/** Where a notification's mail is: to be sent (at once or in a summary), sent, given up on, or not to be mailed at all. */
public enum DeliveryStatus {
    /** Waiting for the sender (again, after a failure, from {@code next_attempt_at}). */
    PENDING,
    /** Mailed. */
    SENT,
    /** Mailing kept failing; given up, for the admin to see. */
    FAILED,
    /** The recipient has no e-mail address: the notification is only in the product's list. */
    NO_ADDRESS,
    /** The recipient chose not to get this kind by mail: the notification is only in the product's list. */
    MUTED,
    /**
     * The recipient is a resident without an e-mail address: the notification waits in the letter queue of
     * the trajectory's contact person, who prints it ({@link #SENT} from then on).
     */
    LETTER
}
