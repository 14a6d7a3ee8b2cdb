package nl.participationsuite.web.notifications;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.participationsuite.domain.notification.NotificationKind;

/**
 * One notification with what it says, read in the same statement: the recipient's address and language,
 * the trajectory's title, and the proposal (title, outcome) or the recipient's own input (title, status,
 * answer) it is about. Never anyone else's name.
 *
 * @param id              the notification
 * @param kind            what it is about
 * @param resident        whether the recipient is a resident (portal) or a professional (workspace)
 * @param email           the recipient's e-mail address, or null
 * @param language        the language the recipient reads messages in ({@code nl} or {@code en})
 * @param trajectoryId    the trajectory it belongs to
 * @param trajectoryTitle its title
 * @param subjectId       the proposal or input it is about, or null
 * @param subjectTitle    that proposal's title or that input's topic (or first words), or null
 * @param outcome         a decided proposal's outcome (a {@code RoundOutcome} name), or null
 * @param inputStatus     an answered input's status (an {@code InputStatus} name), or a decided support
 *                        request's (a {@code SupportStatus} name), or null
 * @param answer          an answered input's answer, or null
 * @param taskId          the task a task notification names, or null
 * @param createdAt       when it was written
 * @param readAt          when the recipient opened it, or null
 * @param reminderDays    a reminder's number of days before its task's due date, or null
 * @param tasks           the group tasks a bundle tells of, oldest first, or a reminder's task (else empty)
 * @param account         whether the recipient has an account to log in with (a resident without one cannot
 *                        open a link to the portal: their mail says how to get one instead)
 * @param meetingStartsAt a meeting's start (planned, changed or cancelled), or null; the subject's title is
 *                        then the meeting's venue
 * @param reason          why a cancelled meeting was cancelled, or null
 */
public record NotificationView(UUID id, NotificationKind kind, boolean resident, String email, String language,
        UUID trajectoryId, String trajectoryTitle, UUID subjectId, String subjectTitle, String outcome,
        String inputStatus, String answer, String taskId, Instant createdAt, Instant readAt, Integer reminderDays,
        List<BundledTask> tasks, boolean account, Instant meetingStartsAt, String reason) {

    static final String WORKSPACE_TASK = "/werkruimte/taken/";

    public NotificationView {
        tasks = List.copyOf(tasks);
    }

    /** The same notification with the group tasks it bundles. */
    NotificationView withTasks(List<BundledTask> bundled) {
        return new NotificationView(id, kind, resident, email, language, trajectoryId, trajectoryTitle, subjectId,
                subjectTitle, outcome, inputStatus, answer, taskId, createdAt, readAt, reminderDays, bundled, account,
                meetingStartsAt, reason);
    }

    /** How many trajectories the bundled group tasks belong to. */
    public long trajectoryCount() {
        return tasks.stream().map(BundledTask::trajectoryId).distinct().count();
    }

    /**
     * One task a notification names: which step, in which trajectory, with the page that opens it.
     *
     * @param taskId          the task
     * @param definitionKey   its step in the process (its name is {@code task.<definitionKey>})
     * @param trajectoryId    its trajectory
     * @param trajectoryTitle that trajectory's title
     * @param path            the task's page, in the portal or the workspace
     */
    public record BundledTask(String taskId, String definitionKey, UUID trajectoryId, String trajectoryTitle,
            String path) {
    }

    /** The page of one of the recipient's tasks: in the portal for a resident, else in the workspace. */
    String taskPath(String task) {
        return (resident ? "/portaal/taken/" : WORKSPACE_TASK) + task;
    }

    static final String PORTAL = "/portaal/meldingen";

    static final String WORKSPACE = "/werkruimte/meldingen";

    /** The recipient's notifications list. */
    public String listPath() {
        return resident ? PORTAL : WORKSPACE;
    }

    /** Where the recipient chooses how they get these messages (each mail says so). */
    public String preferencesPath() {
        return listPath() + NotificationPreferencesController.SUFFIX;
    }

    /** Opening the notification: marks it read and leads to {@link #targetPath()}; the link in a mail. */
    public String openPath() {
        return listPath() + "/" + id;
    }

    /** The page the notification is about. */
    public String targetPath() {
        if (kind.isTask()) {
            return taskPath(taskId);
        }
        return switch (kind) {
            case GROUP_TASKS -> tasks.size() == 1 ? tasks.get(0).path() : "/werkruimte";
            case INPUT_ANSWERED -> "/portaal/inbreng/" + subjectId;
            case DECISION_ROUND_OPENED, DECISION_ROUND_DECIDED ->
                    resident ? "/portaal" : "/werkruimte/trajecten/" + trajectoryId;
            case MEETING_PLANNED, MEETING_CHANGED, MEETING_CANCELLED -> resident ? "/portaal/bijeenkomsten" : "/werkruimte/trajecten/" + trajectoryId;
            case PROGRESS_UPDATE, SUCCESS_VISIBLE ->
                    resident ? "/portaal/trajecten/" + trajectoryId + "/nieuws" : "/werkruimte/trajecten/" + trajectoryId;
            case SUPPORT_DECIDED -> "/portaal/ondersteuning";
            case RECRUITMENT_REMINDER -> "/werkruimte/trajecten/" + trajectoryId;
            case INPUT_ESCALATED -> WORKSPACE_TASK + taskId;
            default -> listPath();
        };
    }

    /** Whether it is about a meeting (planned, changed or cancelled). */
    public boolean isMeeting() {
        return MEETINGS.contains(kind);
    }

    static final Set<NotificationKind> MEETINGS = EnumSet.of(NotificationKind.MEETING_PLANNED,
            NotificationKind.MEETING_CHANGED, NotificationKind.MEETING_CANCELLED);

    /**
     * Whether the recipient can open the links of a mail: anyone with an account, and professionals; a resident
     * without a portal account (never invited to the portal) cannot, and is told how to get one instead.
     */
    public boolean canOpenLinks() {
        return account || !resident;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
