package nl.participationsuite.domain.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import nl.participationsuite.domain.trajectory.PersonId;

/** The notifications outbox: the sender's queue and each person's list. */
public interface Notifications extends JpaRepository<Notification, UUID> {

    /**
     * Up to {@code limit} notifications due for mailing, oldest due first, locked for this transaction;
     * rows another node holds locked are skipped, not waited for. Only in a transaction.
     */
    @Query(value = """
            select n.id from notification n
             where n.status = 'PENDING' and n.next_attempt_at <= :now and not n.digest
             order by n.next_attempt_at, n.id
             limit :limit
             for update skip locked""", nativeQuery = true)
    List<UUID> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    /**
     * The summaries due: every due summary notification of up to {@code people} recipients (a person's are
     * mailed together, so they are taken together), locked for this transaction; rows another node holds
     * locked are skipped. Each row: the notification's id and its recipient's. Only in a transaction.
     */
    @Query(value = """
            select n.id, n.recipient_id from notification n
             where n.status = 'PENDING' and n.digest and n.next_attempt_at <= :now
               and n.recipient_id in (select d.recipient_id from notification d
                                       where d.status = 'PENDING' and d.digest and d.next_attempt_at <= :now
                                       group by d.recipient_id order by min(d.next_attempt_at), d.recipient_id
                                       limit :people)
             order by n.recipient_id, n.created_at, n.id
             for update skip locked""", nativeQuery = true)
    List<Object[]> lockDueDigests(@Param("now") Instant now, @Param("people") int people);

    /**
     * Moves these notifications' next attempt to {@code until}: a claim no other sender takes before then. A
     * claimed bundle of group tasks is closed: tasks arriving from now on go into the next one.
     */
    @Modifying
    @Query("update Notification n set n.nextAttemptAt = :until, n.bundleOpen = false where n.id in :ids")
    int lease(@Param("ids") Collection<UUID> ids, @Param("until") Instant until);

    /** Notifications in a delivery status, newest first (the admin's list of those given up on). */
    @Query(value = "select n from Notification n where n.status = :status order by n.createdAt desc, n.id",
            countQuery = "select count(n) from Notification n where n.status = :status")
    Page<Notification> findByStatus(@Param("status") DeliveryStatus status, Pageable page);

    /** How many notifications are in each delivery status. */
    @Query("select n.status, count(n) from Notification n group by n.status")
    List<Object[]> countByStatus();

    /** A person's notifications, newest first. */
    @Query(value = "select n from Notification n where n.recipientId = :recipient order by n.createdAt desc, n.id",
            countQuery = "select count(n) from Notification n where n.recipientId = :recipient")
    Page<Notification> findByRecipient(@Param("recipient") PersonId recipient, Pageable page);

    /** How many of a person's notifications they have not opened yet. */
    @Query("select count(n) from Notification n where n.recipientId = :recipient and n.readAt is null")
    long countUnread(@Param("recipient") PersonId recipient);

    /** One of a person's notifications; another person's is absent. */
    @Query("select n from Notification n where n.id = :id and n.recipientId = :recipient")
    Optional<Notification> findOf(@Param("id") UUID id, @Param("recipient") PersonId recipient);

    /** A person's unread notifications about this task (to mark them read when the task is opened). */
    @Query("select n from Notification n where n.recipientId = :recipient and n.taskId = :taskId and n.readAt is null")
    List<Notification> findUnreadOfTask(@Param("recipient") PersonId recipient, @Param("taskId") String taskId);

    // bundles of group tasks

    /**
     * Opens a bundle of group tasks for the person, due for mailing at {@code due}, unless one is open already
     * (the partial unique index: two steps committing at once share one bundle). Answers how many were opened.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            insert into notification (id, recipient_id, kind, trajectory_id, created_at, status, attempts, next_attempt_at,
                                      bundle_open, digest)
            values (:id, :recipient, 'GROUP_TASKS', :trajectory, :now, :status, 0, :due, true, :digest)
            on conflict (recipient_id, kind) where bundle_open do nothing""", nativeQuery = true)
    int openBundle(@Param("id") UUID id, @Param("recipient") UUID recipient, @Param("trajectory") UUID trajectory,
            @Param("now") Instant now, @Param("due") Instant due, @Param("status") String status,
            @Param("digest") boolean digest);

    /** Closes the person's open bundle of group tasks if they have read it already: new tasks go into a new one. */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            update notification set bundle_open = false
             where recipient_id = :recipient and kind = 'GROUP_TASKS' and bundle_open and read_at is not null""",
            nativeQuery = true)
    int closeReadBundle(@Param("recipient") UUID recipient);

    /**
     * The person's open bundle of group tasks when they have not read it yet, locked until the step commits
     * (a sender claiming it passes it over, a reader or a closer waits): a new group task joins it as it is.
     * A shared lock: steps that add tasks to the same person's bundle at the same moment do not wait for
     * each other (a coordinator of many trajectories gets group tasks from all of them).
     */
    @Query(value = """
            select n.id from notification n
             where n.recipient_id = :recipient and n.kind = 'GROUP_TASKS' and n.bundle_open and n.read_at is null
               for share""", nativeQuery = true)
    Optional<UUID> lockUnreadOpenBundle(@Param("recipient") UUID recipient);

    /**
     * The person's open bundle of group tasks, locked (shared, as {@link #lockUnreadOpenBundle}) until the step
     * commits (a sender claiming it passes it over).
     */
    @Query(value = """
            select n.id from notification n
             where n.recipient_id = :recipient and n.kind = 'GROUP_TASKS' and n.bundle_open
               for share""", nativeQuery = true)
    Optional<UUID> lockOpenBundle(@Param("recipient") UUID recipient);

    /** Adds a group task to a bundle (once). */
    @Modifying
    @Query(value = """
            insert into notification_task (notification_id, task_id, definition_key, trajectory_id, created_at)
            values (:notification, :task, :definitionKey, :trajectory, :now)
            on conflict do nothing""", nativeQuery = true)
    int addToBundle(@Param("notification") UUID notification, @Param("task") String task,
            @Param("definitionKey") String definitionKey, @Param("trajectory") UUID trajectory, @Param("now") Instant now);

    /** When the person's last closed bundle of group tasks was mailed, or is to be. */
    @Query("""
            select max(coalesce(n.sentAt, n.nextAttemptAt)) from Notification n
             where n.recipientId = :recipient and n.kind = nl.participationsuite.domain.notification.NotificationKind.GROUP_TASKS
               and n.bundleOpen = false""")
    Optional<Instant> lastBundleSlot(@Param("recipient") PersonId recipient);

    // reminders

    /**
     * Writes a reminder of a task, unless the person has one of it for that many days before already (the
     * unique index: two nodes reminding at once write it once). Answers how many were written.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            insert into notification (id, recipient_id, kind, trajectory_id, task_id, created_at, status, attempts,
                                      next_attempt_at, digest, reminder_days)
            values (:id, :recipient, 'TASK_REMINDER', :trajectory, :task, :now, :status, 0, :due, :digest, :days)
            on conflict (recipient_id, task_id, reminder_days) where reminder_days is not null do nothing""",
            nativeQuery = true)
    int remind(@Param("id") UUID id, @Param("recipient") UUID recipient, @Param("trajectory") UUID trajectory,
            @Param("task") String task, @Param("now") Instant now, @Param("status") String status,
            @Param("due") Instant due, @Param("digest") boolean digest, @Param("days") int days);

    // letters

    /**
     * Marks these letters printed (sent, now), of those that wait in the letter queue of a trajectory the
     * person is the contact person of; answers how many. A printed bundle of group tasks is closed: tasks
     * arriving from now on go into the next letter.
     */
    @Modifying
    @Query(value = """
            update notification n set status = 'SENT', sent_at = :now, bundle_open = false
             where n.id in (:ids) and n.status = 'LETTER'
               and n.trajectory_id in (select t.id from trajectory t where t.contact_person_id = :contact)""",
            nativeQuery = true)
    int printed(@Param("ids") Collection<UUID> ids, @Param("contact") UUID contact, @Param("now") Instant now);
}
