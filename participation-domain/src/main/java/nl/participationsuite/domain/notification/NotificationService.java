package nl.participationsuite.domain.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.participationsuite.domain.input.ResidentInput;
import nl.participationsuite.domain.seats.DecisionRound;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.People;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonId;
import nl.participationsuite.domain.trajectory.PersonKind;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;

/**
 * Writes notifications into the outbox, always inside the caller's transaction (it joins it, never
 * starts one of its own for writing: a step that rolls back leaves no notification), and reads each
 * person's list. Who hears of what is decided here, in one place: a personal task tells its assignee;
 * an answered input tells the resident who gave it; a decision round opened or decided tells the
 * residents taking part (those who vote hear of it through their vote task instead).
 */
@Service
@Transactional
public class NotificationService {

    private final Notifications notifications;

    private final NotificationPreferences preferences;

    private final TrajectoryService trajectories;

    private final Clock clock;

    private final People people;

    NotificationService(Notifications notifications, NotificationPreferences preferences,
            TrajectoryService trajectories, People people, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.trajectories = trajectories;
        this.people = people;
        this.clock = clock;
    }

    /** A personal task arrived for the person (its assignee). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Notification taskArrived(PersonId assignee, NotificationKind kind, TrajectoryId trajectoryId,
            UUID subjectId, String taskId) {
        if (!kind.isTask()) {
            throw new IllegalArgumentException(kind + " is no task");
        }
        return notifications.save(write(assignee, kind, trajectoryId, subjectId, taskId, preference(assignee)));
    }

    /**
     * A group task arrived (offered to the trajectory's coordinator or its professionals, not to one person):
     * each person it is offered to hears of it, but not once per task. The task joins the person's open
     * bundle of group tasks, or opens one; a new bundle is mailed at once, or, when the person's last one
     * went out less than {@link Notification#BUNDLE_INTERVAL} ago, once that time has passed, so tasks that
     * arrive meanwhile travel together. Answers the people who heard of it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<PersonId> groupTaskArrived(TrajectoryId trajectoryId, Set<TaskAudience> audiences, String taskId,
            String definitionKey) {
        if (taskId == null || definitionKey == null) {
            throw new IllegalArgumentException("a group task notification names its task");
        }
        Set<PersonId> recipients = audienceOf(trajectoryId, audiences);
        Instant now = clock.instant();
        for (PersonId recipient : recipients) {
            UUID bundle = openBundle(recipient, trajectoryId, now);
            notifications.addToBundle(bundle, taskId, definitionKey, trajectoryId.value(), now);
        }
        return recipients;
    }

    /**
     * The person's open bundle, or a new one. A resident without an e-mail address (a resident coordinator recruited
     * door to door) gets the bundle as a letter in the contact person's queue, as every other message; tasks join
     * it until it is printed.
     */
    private UUID openBundle(PersonId recipient, TrajectoryId trajectoryId, Instant now) {
        // Mostly an unread one is open already: found and locked in one statement (opening one takes six).
        Optional<UUID> unread = notifications.lockUnreadOpenBundle(recipient.value());
        if (unread.isPresent()) {
            return unread.get();
        }
        notifications.closeReadBundle(recipient.value());
        DeliveryChoice choice = delivery(preference(recipient), NotificationKind.GROUP_TASKS);
        boolean letter = choice != DeliveryChoice.NEVER && getsLetters(recipient);
        Instant due = letter ? null : choice != DeliveryChoice.IMMEDIATELY ? choice.mailedAt(now, clock.getZone())
                : notifications.lastBundleSlot(recipient).map(last -> last.plus(Notification.BUNDLE_INTERVAL))
                        .filter(next -> next.isAfter(now)).orElse(now);
        notifications.openBundle(UUID.randomUUID(), recipient.value(), trajectoryId.value(), now, due,
                choice == DeliveryChoice.NEVER ? DeliveryStatus.MUTED.name()
                        : letter ? DeliveryStatus.LETTER.name() : DeliveryStatus.PENDING.name(),
                choice.isDigest() && !letter);
        return notifications.lockOpenBundle(recipient.value())
                .orElseThrow(() -> new IllegalStateException("no open bundle of group tasks for " + recipient));
    }

    /**
     * A task is due in {@code daysBefore} days: each person it is for hears of it once for that many days
     * (its assignee; for an unclaimed group task, the people of its groups), by mail as they chose for
     * personal tasks. Answers how many reminders were written (none when written before, by this node or
     * another).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int remind(TrajectoryId trajectoryId, String taskId, String definitionKey, PersonId assignee,
            Set<TaskAudience> audiences, int daysBefore) {
        Set<PersonId> recipients = assignee != null ? Set.of(assignee) : audienceOf(trajectoryId, audiences);
        Instant now = clock.instant();
        int written = 0;
        for (PersonId recipient : recipients) {
            DeliveryChoice choice = delivery(preference(recipient), NotificationKind.TASK_REMINDER);
            UUID id = UUID.randomUUID();
            boolean letter = choice != DeliveryChoice.NEVER && getsLetters(recipient);
            DeliveryStatus status = choice == DeliveryChoice.NEVER ? DeliveryStatus.MUTED
                    : letter ? DeliveryStatus.LETTER : DeliveryStatus.PENDING;
            if (notifications.remind(id, recipient.value(), trajectoryId.value(), taskId, now, status.name(),
                    letter ? null : choice.mailedAt(now, clock.getZone()), choice.isDigest() && !letter,
                    daysBefore) == 1) {
                notifications.addToBundle(id, taskId, definitionKey, trajectoryId.value(), now);
                written++;
            }
        }
        return written;
    }

    /** The people a group task is offered to: the trajectory's coordinator, its active professionals, or both. */
    private Set<PersonId> audienceOf(TrajectoryId trajectoryId, Set<TaskAudience> audiences) {
        Trajectory trajectory = trajectories.get(trajectoryId);
        Set<PersonId> recipients = new LinkedHashSet<>();
        if (audiences.contains(TaskAudience.COORDINATOR)) {
            recipients.add(trajectory.coordinatorId());
        }
        if (audiences.contains(TaskAudience.PROFESSIONALS)) {
            trajectory.activeParticipants().stream().filter(participant -> participant.kind() == PersonKind.PROFESSIONAL)
                    .map(Participant::personId).forEach(recipients::add);
        }
        return recipients;
    }

    /** The input was answered: the resident who gave it hears of it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Notification inputAnswered(ResidentInput input) {
        PersonId resident = trajectories.get(input.trajectoryId()).participant(input.participantId()).personId();
        return notifications.save(write(resident, NotificationKind.INPUT_ANSWERED, input.trajectoryId(),
                input.id().value(), null, preference(resident)));
    }

    /**
     * A decision round was opened: the residents taking part hear of it, except those in {@code voters},
     * who get a vote task (and its notification) instead.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Notification> decisionRoundOpened(DecisionRound round, Collection<PersonId> voters) {
        return toResidents(round, NotificationKind.DECISION_ROUND_OPENED, Set.copyOf(voters));
    }

    /** A decision round was decided: every resident taking part hears of the outcome. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Notification> decisionRoundDecided(DecisionRound round) {
        return toResidents(round, NotificationKind.DECISION_ROUND_DECIDED, Set.of());
    }

    /** The kinds of news every resident taking part hears of. */
    private static final Set<NotificationKind> NEWS = Set.of(NotificationKind.MEETING_PLANNED,
            NotificationKind.MEETING_CHANGED, NotificationKind.MEETING_CANCELLED, NotificationKind.PROGRESS_UPDATE, NotificationKind.SUCCESS_VISIBLE);

    /**
     * News of the trajectory (a meeting planned, changed or cancelled, a progress update published, a success made visible):
     * every resident taking part hears of it, in the transaction of the change.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Notification> news(NotificationKind kind, TrajectoryId trajectoryId, UUID subjectId) {
        if (!NEWS.contains(kind)) {
            throw new IllegalArgumentException(kind + " is no news for every resident");
        }
        return toResidents(trajectoryId, subjectId, kind, Set.of());
    }

    /** The escalations the coordinator hears of. */
    private static final Set<NotificationKind> ESCALATIONS = Set.of(NotificationKind.RECRUITMENT_REMINDER,
            NotificationKind.INPUT_ESCALATED);

    /**
     * An escalation (recruitment still open; an input waiting too long for its answer): the trajectory's
     * coordinator hears of it, in the transaction of the step. It names the task, never the resident.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Notification toCoordinator(NotificationKind kind, TrajectoryId trajectoryId, String taskId) {
        if (!ESCALATIONS.contains(kind)) {
            throw new IllegalArgumentException(kind + " is no escalation to the coordinator");
        }
        PersonId coordinator = trajectories.get(trajectoryId).coordinatorId();
        return notifications.save(write(coordinator, kind, trajectoryId, null, taskId, preference(coordinator)));
    }

    /** A support request was decided: the resident who asked hears of it (and of nothing about anyone else's). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Notification supportDecided(TrajectoryId trajectoryId, ParticipantId requester, UUID requestId) {
        PersonId resident = trajectories.get(trajectoryId).participant(requester).personId();
        return notifications.save(write(resident, NotificationKind.SUPPORT_DECIDED, trajectoryId, requestId, null,
                preference(resident)));
    }

    private List<Notification> toResidents(DecisionRound round, NotificationKind kind, Set<PersonId> except) {
        return toResidents(round.trajectoryId(), round.id().value(), kind, except);
    }

    private List<Notification> toResidents(TrajectoryId trajectoryId, UUID subjectId, NotificationKind kind,
            Set<PersonId> except) {
        Trajectory trajectory = trajectories.get(trajectoryId);
        List<PersonId> residents = trajectory.activeResidents().stream().map(Participant::personId)
                .filter(resident -> !except.contains(resident)).toList();
        Map<PersonId, NotificationPreference> chosen = new HashMap<>();
        preferences.findByPersonIdIn(residents).forEach(preference -> chosen.put(preference.personId(), preference));
        List<Notification> written = new ArrayList<>();
        for (PersonId resident : residents) {
            written.add(write(resident, kind, trajectory.id(), subjectId, null, Optional.ofNullable(chosen.get(resident))));
        }
        return notifications.saveAll(written);
    }

    /** A new notification, to be mailed as the recipient chose for its kind (at once, in a summary, not at all). */
    private Notification write(PersonId recipient, NotificationKind kind, TrajectoryId trajectoryId, UUID subjectId,
            String taskId, Optional<NotificationPreference> preference) {
        Instant now = clock.instant();
        Notification notification = new Notification(recipient, kind, trajectoryId, subjectId, taskId, now);
        notification.deliver(delivery(preference, kind), now, clock.getZone());
        if (trajectoryId != null && getsLetters(recipient)) {
            notification.toLetter();
        }
        return notification;
    }

    /** A resident without an e-mail address gets letters instead of mails (from their contact person). */
    private boolean getsLetters(PersonId person) {
        return people.findById(person).filter(found -> found.kind() == PersonKind.RESIDENT)
                .map(found -> found.email() == null || found.email().isBlank()).orElse(false);
    }

    /** How a message of this kind reaches the person: as they chose, else the default. */
    private static DeliveryChoice delivery(Optional<NotificationPreference> preference, NotificationKind kind) {
        return preference.map(chosen -> chosen.delivery(kind)).orElse(DeliveryChoice.byDefault(kind));
    }

    private Optional<NotificationPreference> preference(PersonId person) {
        return preferences.findById(person);
    }

    // sending: each in a short transaction of its own, never around the mail server's answer

    /**
     * Claims up to {@code limit} notifications due for mailing: locked with {@code for update skip locked}
     * (rows another sender holds are passed over, not waited for) and leased until {@code lease} from now,
     * so no other sender takes them meanwhile, in a transaction that ends before anything is mailed. A
     * sender that dies holding a claim only delays those notifications until the lease ends.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public List<UUID> claimDue(int limit, Duration lease) {
        List<UUID> due = notifications.lockDue(clock.instant(), limit);
        if (!due.isEmpty()) {
            notifications.lease(due, clock.instant().plus(lease));
        }
        return due;
    }

    /**
     * Claims the summaries due: for up to {@code people} recipients, all their notifications due in a summary,
     * locked ({@code for update skip locked}) and leased as {@link #claimDue} does, so that one sender mails a
     * person's summary as one mail. Answers each recipient's notifications, oldest first.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Map<PersonId, List<UUID>> claimDueDigests(int people, Duration lease) {
        Map<PersonId, List<UUID>> due = new LinkedHashMap<>();
        for (Object[] row : notifications.lockDueDigests(clock.instant(), people)) {
            due.computeIfAbsent(new PersonId((UUID) row[1]), person -> new ArrayList<>()).add((UUID) row[0]);
        }
        if (!due.isEmpty()) {
            notifications.lease(due.values().stream().flatMap(List::stream).toList(), clock.instant().plus(lease));
        }
        return due;
    }

    /**
     * The contact person printed these letters (those waiting in the queue of a trajectory they are the
     * contact person of; others are left alone): sent from now on. Answers how many.
     */
    public int lettersPrinted(Collection<UUID> ids, PersonId contactPerson) {
        return ids.isEmpty() ? 0 : notifications.printed(ids, contactPerson.value(), clock.instant());
    }

    /** The notification was mailed. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void sent(UUID id) {
        notifications.findById(id).ifPresent(notification -> notification.sent(clock.instant()));
    }

    /** Mailing it failed: tried again later, or given up after too many attempts. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(UUID id, String error) {
        notifications.findById(id).ifPresent(notification -> notification.failed(clock.instant(), error));
    }

    /** Its recipient has no e-mail address: it stays in their list only. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void noAddress(UUID id) {
        notifications.findById(id).ifPresent(Notification::noAddress);
    }

    // the admin's view: delivery only, never what a message says or to whom

    /** Notifications given up on (mailing kept failing), newest first. */
    @Transactional(readOnly = true)
    public Page<Notification> failed(Pageable page) {
        return notifications.findByStatus(DeliveryStatus.FAILED, page);
    }

    /** How many notifications are in each delivery status (every status present, zero when none). */
    @Transactional(readOnly = true)
    public Map<DeliveryStatus, Long> countByStatus() {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : notifications.countByStatus()) {
            counts.put((DeliveryStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The admin has a notification given up on mailed again; one that is not given up on is not found. */
    public void retry(UUID id) {
        notifications.findById(id).filter(notification -> notification.status() == DeliveryStatus.FAILED)
                .orElseThrow(() -> new NotFoundException("notification", id)).retry(clock.instant());
    }

    /** The person's notifications, newest first. */
    @Transactional(readOnly = true)
    public Page<Notification> of(PersonId person, Pageable page) {
        return notifications.findByRecipient(person, page);
    }

    /** How many of the person's notifications are unread. */
    @Transactional(readOnly = true)
    public long unread(PersonId person) {
        return notifications.countUnread(person);
    }

    /** The person opens one of their notifications: it is read from now on. Another person's is not found. */
    public Notification open(UUID id, PersonId reader) {
        Notification notification = notifications.findOf(id, reader)
                .orElseThrow(() -> new NotFoundException("notification", id));
        notification.read(clock.instant());
        return notification;
    }

    /** The person opened a task: any notification of it is read. */
    public void taskOpened(String taskId, PersonId reader) {
        notifications.findUnreadOfTask(reader, taskId).forEach(notification -> notification.read(clock.instant()));
    }

    /** The language the person reads messages in: their choice, else Dutch. */
    @Transactional(readOnly = true)
    public String language(PersonId person) {
        return preferences.findById(person).map(NotificationPreference::language)
                .orElse(NotificationPreference.LANGUAGES.get(0));
    }

    /** How the person gets messages by mail: personal tasks, and everything else (their choice, else the default). */
    @Transactional(readOnly = true)
    public Deliveries deliveries(PersonId person) {
        Optional<NotificationPreference> preference = preference(person);
        return new Deliveries(delivery(preference, NotificationKind.VOTE),
                delivery(preference, NotificationKind.INPUT_ANSWERED));
    }

    /** The person chooses how they get personal tasks and other messages by mail, from now on. */
    public void chooseDeliveries(PersonId person, Deliveries deliveries) {
        NotificationPreference preference = preference(person).orElseGet(() -> preferences.save(
                new NotificationPreference(person, NotificationPreference.LANGUAGES.get(0))));
        preference.chooseDelivery(deliveries.personalTasks(), deliveries.otherMessages());
    }

    /**
     * How a person gets messages by mail.
     *
     * @param personalTasks a task on their name (review the vision, vote, …)
     * @param otherMessages the rest: news, answers, group tasks
     */
    public record Deliveries(DeliveryChoice personalTasks, DeliveryChoice otherMessages) {
    }

    /** The person chooses the language of their messages ({@link NotificationPreference#LANGUAGES}). */
    public void chooseLanguage(PersonId person, String language) {
        preferences.findById(person).ifPresentOrElse(preference -> preference.choose(language),
                () -> preferences.save(new NotificationPreference(person, language)));
    }
}
