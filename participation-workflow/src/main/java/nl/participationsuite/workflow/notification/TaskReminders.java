package nl.participationsuite.workflow.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.participationsuite.domain.notification.NotificationService;
import nl.participationsuite.domain.notification.TaskAudience;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.workflow.TrajectoryProcess.Activities;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders before a due date: the personal tasks that have one (review the vision, answer a role
 * agreement, accept a seat, vote) remind their assignee, and an input awaiting an answer reminds the
 * professionals who may answer it (or the one who took it), a few days before it is due (by default 3 and
 * 1: {@code participation.notifications.reminders.days-before}). Each run looks at the open tasks due
 * within the longest of those spans and writes, for each, the reminder of the nearest span it is in; a
 * reminder is written once per person, task and span (a unique index), so runs on several nodes at once,
 * or a run repeated, write nothing twice. One statement finds the tasks, whatever their number.
 */
@Component
public class TaskReminders {

    /** The tasks reminded of, besides the personal ones: an input awaiting its answer. */
    static final Set<String> GROUP_TASKS = Set.of(Activities.RESPOND_TO_INPUT);

    private final JdbcClient jdbc;

    private final NotificationService notifications;

    private final Clock clock;

    private final List<Integer> daysBefore;

    TaskReminders(JdbcClient jdbc, NotificationService notifications, Clock clock,
            @Value("${participation.notifications.reminders.days-before:3,1}") List<Integer> daysBefore) {
        if (daysBefore.isEmpty() || daysBefore.stream().anyMatch(days -> days == null || days < 1)) {
            throw new IllegalArgumentException("reminders come a whole number of days (1 or more) before a due date, not "
                    + daysBefore);
        }
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock;
        this.daysBefore = daysBefore.stream().distinct().sorted().toList();
    }

    /** Writes the reminders due now; answers how many were written. */
    @Transactional
    public int remindDue() {
        Instant now = clock.instant();
        Instant horizon = now.plus(Duration.ofDays(daysBefore.get(daysBefore.size() - 1)));
        List<String> keys = new ArrayList<>(TaskNotifications.KINDS.keySet());
        keys.addAll(GROUP_TASKS);
        List<DueTask> due = jdbc.sql("""
                select t.id_, t.task_def_key_, t.assignee_, t.due_date_, pi.business_key_,
                       exists (select 1 from act_ru_identitylink l
                                where l.task_id_ = t.id_ and l.type_ = 'candidate'
                                  and l.group_id_ = 'trajectory:' || pi.business_key_ || ':coordinator') as to_coordinator
                  from act_ru_task t join act_ru_execution pi on pi.id_ = t.proc_inst_id_
                 where t.due_date_ > :now and t.due_date_ <= :horizon and t.task_def_key_ in (:keys)
                   and t.suspension_state_ = 1
                 order by t.due_date_, t.id_""")
                .param("now", Timestamp.from(now)).param("horizon", Timestamp.from(horizon)).param("keys", keys)
                .query((rs, row) -> new DueTask(rs.getString("id_"), rs.getString("task_def_key_"),
                        rs.getString("assignee_"), rs.getTimestamp("due_date_").toInstant(),
                        rs.getString("business_key_"), rs.getBoolean("to_coordinator")))
                .list();
        int written = 0;
        for (DueTask task : due) {
            int days = daysBefore.stream().filter(before -> !task.due().minus(Duration.ofDays(before)).isAfter(now))
                    .min(Comparator.naturalOrder()).orElseThrow();
            Set<TaskAudience> audiences = EnumSet.of(TaskAudience.PROFESSIONALS);
            if (task.toCoordinator()) {
                audiences.add(TaskAudience.COORDINATOR);
            }
            written += notifications.remind(TrajectoryId.of(task.trajectory()), task.id(), task.definitionKey(),
                    task.assignee() == null ? null : PersonId.of(task.assignee()), audiences, days);
        }
        return written;
    }

    private record DueTask(String id, String definitionKey, String assignee, Instant due, String trajectory,
            boolean toCoordinator) {
    }
}
