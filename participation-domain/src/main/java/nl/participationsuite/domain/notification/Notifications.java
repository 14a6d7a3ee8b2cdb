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
             where n.status = 'PENDING' and n.next_attempt_at <= :now
             order by n.next_attempt_at, n.id
             limit :limit
             for update skip locked""", nativeQuery = true)
    List<UUID> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    /** Moves these notifications' next attempt to {@code until}: a claim no other sender takes before then. */
    @Modifying
    @Query("update Notification n set n.nextAttemptAt = :until where n.id in :ids")
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
}
