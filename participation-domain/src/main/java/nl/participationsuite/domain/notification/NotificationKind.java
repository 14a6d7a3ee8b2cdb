package nl.participationsuite.domain.notification;

/**
 * What a notification is about. The first five are personal tasks that arrived for the recipient; then
 * news for residents; then the group tasks bundled for a professional. A message names the thing it is about (a trajectory, a proposal, the
 * recipient's own input), never another person.
 */
public enum NotificationKind {
    /** The shared vision waits for the recipient's review (subject: none; task: the review task). */
    VISION_REVIEW(true),
    /** A role agreement waits for the recipient's answer. */
    ROLE_AGREEMENT_RESPONSE(true),
    /** A steering-group seat waits for the recipient's acceptance. */
    SEAT_ACCEPTANCE(true),
    /** A proposal waits for the recipient's vote (subject: the decision round). */
    VOTE(true),
    /**
     * A task of the recipient's (on their name, or an input their team answers) is due in a few days
     * ({@code reminder_days}; the task in {@code notification_task}).
     */
    TASK_REMINDER(true),
    /** The periodic conditions check waits for the recipient's scores. */
    CONDITIONS_CHECK(true),
    /** The recipient's input was answered (subject: the input). */
    INPUT_ANSWERED(false),
    /** The steering group was asked to decide on a proposal (subject: the decision round). */
    DECISION_ROUND_OPENED(false),
    /** The steering group decided on a proposal (subject: the decision round). */
    DECISION_ROUND_DECIDED(false),
    /** A meeting of the trajectory was planned (subject: the meeting). */
    MEETING_PLANNED(false),
    /** A planned meeting of the trajectory was changed: time, place, who leads it or agenda (subject: the meeting). */
    MEETING_CHANGED(false),
    /** A planned meeting of the trajectory was cancelled, with a reason (subject: the meeting). */
    MEETING_CANCELLED(false),
    /** A progress update was published to the trajectory's residents (subject: the update). */
    PROGRESS_UPDATE(false),
    /** A success of the trajectory was made visible (subject: the success). */
    SUCCESS_VISIBLE(false),
    /** The recipient's own support request was approved or rejected (subject: the request). */
    SUPPORT_DECIDED(false),
    /** The coordinator is reminded that recruiting residents is still open (every 14 days while it is). */
    RECRUITMENT_REMINDER(false),
    /** An input waits too long for its answer: the coordinator may answer it now (task: the response task). */
    INPUT_ESCALATED(false),
    /**
     * Group tasks arrived for the recipient's groups (a motivation conversation, an input to answer, …): one
     * notification bundles every group task that arrives for them until it is sent ({@code notification_task}).
     */
    GROUP_TASKS(false);

    private final boolean task;

    NotificationKind(boolean task) {
        this.task = task;
    }

    /** Whether the notification tells of a personal task (it then names the task). */
    public boolean isTask() {
        return task;
    }
}
