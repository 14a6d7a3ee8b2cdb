package nl.participationsuite.web.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.participationsuite.domain.notification.NotificationKind;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.web.notifications.NotificationView.BundledTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads notifications with everything their message needs in one statement, for the sender (by id) and
 * for a person's list (a page, newest first, and a count): a fixed number of statements, whatever the
 * number of notifications.
 */
@Component
class NotificationViews {

    private static final String SELECT = """
            select n.id, n.kind, n.task_id, n.trajectory_id, n.subject_id, n.created_at, n.read_at, n.reminder_days,
                   p.kind as person_kind, p.email, coalesce(np.language, 'nl') as language,
                   t.title as trajectory_title,
                   r.title as round_title, r.outcome as round_outcome,
                   coalesce(nullif(i.topic, ''), i.text) as input_title, i.status as input_status, i.feedback,
                   s.title as success_title, sr.status as support_status,
                   p.keycloak_subject is not null as has_account,
                   m.venue_name as meeting_venue, m.starts_at as meeting_starts_at, m.cancellation_reason
              from notification n
              join person p on p.id = n.recipient_id
              left join notification_preference np on np.person_id = n.recipient_id
              left join trajectory t on t.id = n.trajectory_id
              left join decision_round r on r.id = n.subject_id
              left join resident_input i on i.id = n.subject_id
              left join success s on s.id = n.subject_id
              left join support_request sr on sr.id = n.subject_id
              left join meeting m on m.id = n.subject_id
            """;

    private final JdbcClient jdbc;

    NotificationViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** These notifications (those that exist), in no particular order. */
    List<NotificationView> of(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withTasks(jdbc.sql(SELECT + " where n.id in (:ids)").param("ids", ids).query(NotificationViews::view).list());
    }

    /** One page of the person's notifications, newest first. */
    List<NotificationView> page(PersonId person, int page, int size) {
        return withTasks(jdbc.sql(SELECT + " where n.recipient_id = :person order by n.created_at desc, n.id limit :size offset :offset")
                .param("person", person.value()).param("size", size).param("offset", (long) page * size)
                .query(NotificationViews::view).list());
    }

    /** The bundles and reminders among these notifications with their tasks, read in one more statement. */
    private List<NotificationView> withTasks(List<NotificationView> views) {
        List<UUID> bundles = views.stream().filter(view -> view.kind() == NotificationKind.GROUP_TASKS
                || view.kind() == NotificationKind.TASK_REMINDER).map(NotificationView::id).toList();
        if (bundles.isEmpty()) {
            return views;
        }
        Map<UUID, NotificationView> byId = new HashMap<>();
        views.forEach(view -> byId.put(view.id(), view));
        Map<UUID, List<BundledTask>> tasks = new HashMap<>();
        jdbc.sql("""
                select nt.notification_id, nt.task_id, nt.definition_key, nt.trajectory_id, t.title
                  from notification_task nt join trajectory t on t.id = nt.trajectory_id
                 where nt.notification_id in (:ids)
                 order by nt.created_at, nt.task_id""").param("ids", bundles)
                .query(rs -> {
                    UUID notification = rs.getObject("notification_id", UUID.class);
                    tasks.computeIfAbsent(notification, id -> new ArrayList<>())
                            .add(new BundledTask(rs.getString("task_id"), rs.getString("definition_key"),
                                    rs.getObject("trajectory_id", UUID.class), rs.getString("title"),
                                    path(byId.get(notification), rs.getString("task_id"))));
                });
        return views.stream().map(view -> view.withTasks(tasks.getOrDefault(view.id(), List.of()))).toList();
    }

    /** How many notifications the person has. */
    long count(PersonId person) {
        return jdbc.sql("select count(*) from notification where recipient_id = :person")
                .param("person", person.value()).query(Long.class).single();
    }

    /** A bundle's group tasks are done in the workspace (a resident coordinator's too); a reminder's task where its recipient works. */
    private static String path(NotificationView view, String task) {
        return view.kind() == NotificationKind.GROUP_TASKS ? NotificationView.WORKSPACE_TASK + task : view.taskPath(task);
    }

    private static NotificationView view(ResultSet rs, int row) throws SQLException {
        NotificationKind kind = NotificationKind.valueOf(rs.getString("kind"));
        boolean round = kind == NotificationKind.VOTE || kind == NotificationKind.DECISION_ROUND_OPENED
                || kind == NotificationKind.DECISION_ROUND_DECIDED;
        boolean input = kind == NotificationKind.INPUT_ANSWERED;
        boolean success = kind == NotificationKind.SUCCESS_VISIBLE;
        boolean support = kind == NotificationKind.SUPPORT_DECIDED;
        boolean meeting = NotificationView.MEETINGS.contains(kind);
        Timestamp readAt = rs.getTimestamp("read_at");
        Timestamp meetingStartsAt = meeting ? rs.getTimestamp("meeting_starts_at") : null;
        return new NotificationView(rs.getObject("id", UUID.class), kind, "RESIDENT".equals(rs.getString("person_kind")),
                rs.getString("email"), rs.getString("language"), rs.getObject("trajectory_id", UUID.class),
                rs.getString("trajectory_title"), rs.getObject("subject_id", UUID.class),
                round ? rs.getString("round_title") : input ? rs.getString("input_title")
                        : success ? rs.getString("success_title") : meeting ? rs.getString("meeting_venue") : null,
                round ? rs.getString("round_outcome") : null,
                input ? rs.getString("input_status") : support ? rs.getString("support_status") : null,
                input ? rs.getString("feedback") : null, rs.getString("task_id"),
                rs.getTimestamp("created_at").toInstant(), readAt == null ? null : readAt.toInstant(),
                rs.getObject("reminder_days", Integer.class), List.of(), rs.getBoolean("has_account"),
                meetingStartsAt == null ? null : meetingStartsAt.toInstant(),
                meeting ? rs.getString("cancellation_reason") : null);
    }
}
