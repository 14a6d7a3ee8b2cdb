package nl.participationsuite.domain.notification;

/** Whom a group task is offered to within its trajectory: its coordinator, or its professionals still taking part. */
public enum TaskAudience {
    COORDINATOR,
    PROFESSIONALS
}
