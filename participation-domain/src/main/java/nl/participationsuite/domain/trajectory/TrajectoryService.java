package nl.participationsuite.domain.trajectory;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.participationsuite.domain.shared.NotAllowedException;
import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.shared.RuleViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting trajectories and managing who takes part. */
@Service
@Transactional
public class TrajectoryService {

    private final Trajectories trajectories;

    private final People people;

    private final Organisations organisations;

    private final ProgressUpdates progressUpdates;

    private final PhaseTransitions phaseTransitions;

    private final ResponseReminders responseReminders;

    private final LeadershipHandovers handovers;

    private final Clock clock;

    TrajectoryService(Trajectories trajectories, People people, Organisations organisations,
            ProgressUpdates progressUpdates, PhaseTransitions phaseTransitions, ResponseReminders responseReminders,
            LeadershipHandovers handovers, Clock clock) {
        this.responseReminders = responseReminders;
        this.trajectories = trajectories;
        this.people = people;
        this.organisations = organisations;
        this.progressUpdates = progressUpdates;
        this.phaseTransitions = phaseTransitions;
        this.handovers = handovers;
        this.clock = clock;
    }

    /**
     * Starts a trajectory in its early-involvement phase. The coordinator may be a professional or
     * a resident; the contact person is someone of the organisation whom residents can always reach.
     */
    public Trajectory start(StartTrajectory start) {
        if (start.organisationId() == null || !organisations.existsById(start.organisationId())) {
            throw new RuleViolationException("organisationId", "organisation.unknown", "unknown organisation");
        }
        Person coordinator = person("coordinatorId", start.coordinatorId());
        Person contactPerson = person("contactPersonId", start.contactPersonId());
        String reference = "PT-%d-%04d".formatted(Year.now(clock).getValue(), trajectories.nextReferenceNumber());
        Trajectory started = trajectories.save(new Trajectory(reference, start, coordinator, contactPerson, clock.instant()));
        phaseTransitions.save(new PhaseTransition(started, started.startedAt()));
        return started;
    }

    /** Adds a person to a trajectory as a participant. */
    public Participant addParticipant(TrajectoryId trajectoryId, PersonId personId) {
        Trajectory trajectory = get(trajectoryId);
        Participant participant = trajectory.join(person("personId", personId), clock.instant());
        trajectories.save(trajectory);
        return participant;
    }

    /** Shortest search text for people to add: one letter would list half the region. */
    public static final int MIN_SEARCH = 2;

    /**
     * The people the person may add to a trajectory they work on, whose name or e-mail contains the
     * text (any case), or who take part in the trajectory with that reference; by name, at most
     * {@code limit}, in one statement. Scope (privacy): every professional (partners' too), and only
     * those residents who take part in a trajectory of the searcher's own organisation (for a resident
     * coordinator: of the trajectory's organisation). Refused for someone who does not work on it.
     */
    @Transactional(readOnly = true)
    public List<PersonMatch> addableTo(TrajectoryId trajectoryId, PersonId searcher, String text, int limit) {
        Trajectory trajectory = workedOnBy(trajectoryId, searcher);
        String query = text == null ? "" : text.strip();
        if (query.length() < MIN_SEARCH) {
            throw new RuleViolationException("q", "person-search.too-short", "search for at least " + MIN_SEARCH + " characters");
        }
        String pattern = "%" + query.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return people.findAddable(pattern, query.toUpperCase(Locale.ROOT), residentScope(trajectory, searcher),
                Limit.of(limit));
    }

    /**
     * A person the caller may add to the trajectory (as {@link #addableTo}); not found for anyone the
     * search would not show them.
     */
    @Transactional(readOnly = true)
    public Person addable(Trajectory trajectory, PersonId caller, PersonId candidate) {
        if (candidate == null) {
            throw new RuleViolationException("personId", "required", "personId is required");
        }
        return people.findAddable(candidate, residentScope(trajectory, caller))
                .orElseThrow(() -> new NotFoundException("person", candidate));
    }

    private Set<OrganisationId> residentScope(Trajectory trajectory, PersonId searcher) {
        Person person = people.findById(searcher).orElseThrow(() -> new NotFoundException("person", searcher));
        return Set.of(person.isResident() || person.organisationId() == null ? trajectory.organisationId()
                : person.organisationId());
    }

    /**
     * Who may be chosen as coordinator or contact person when the person starts a trajectory of their
     * organisation: its professionals, and (for a resident initiative) the residents taking part in its
     * trajectories; professionals first, by name, at most {@code limit} in one statement.
     */
    @Transactional(readOnly = true)
    public List<Person> leaderCandidates(PersonId starter, boolean residents, int limit) {
        Person person = people.findById(starter).orElseThrow(() -> new NotFoundException("person", starter));
        return person.organisationId() == null ? List.of(person)
                : people.findLeaderCandidates(person.organisationId(), residents, Limit.of(limit));
    }

    /**
     * Hands the coordinator or contact person role to another person, for a reason, kept in the history.
     * Done by the coordinator, or by a professional of the trajectory's organisation who holds the
     * coordinator role ({@code coordinatorRole}, the caller's realm role); refused for anyone else who
     * sees it, not found for anyone who does not. The engine's part (tasks the previous coordinator had
     * claimed) is the caller's, in the same transaction.
     */
    public LeadershipHandover handOver(TrajectoryId trajectoryId, PersonId by, boolean coordinatorRole,
            LeadershipRole role, PersonId to, String reason) {
        Trajectory trajectory = mayHandOver(trajectoryId, by, coordinatorRole);
        Person next = person("personId", to);
        Set<OrganisationId> partners = people.findByIdIn(trajectory.activeParticipants().stream()
                        .filter(participant -> !participant.isResident()).map(Participant::personId).toList())
                .stream().map(Person::organisationId).collect(Collectors.toSet());
        LeadershipHandover handover = trajectory.handOver(role, next, by, reason, partners, clock.instant());
        trajectories.save(trajectory);
        return handovers.save(handover);
    }

    /**
     * The trajectory, when the person may hand over its roles: its coordinator, or a professional of its
     * organisation with the coordinator role. Refused for others who see it, not found for the rest.
     */
    @Transactional(readOnly = true)
    public Trajectory mayHandOver(TrajectoryId trajectoryId, PersonId by, boolean coordinatorRole) {
        Trajectory trajectory = visibleTo(trajectoryId, by);
        if (!trajectory.coordinatorId().equals(by) && !(coordinatorRole && people.findById(by)
                .filter(person -> !person.isResident() && trajectory.organisationId().equals(person.organisationId()))
                .isPresent())) {
            throw new NotAllowedException("trajectory.not-your-coordination",
                    "only the trajectory's coordinator, or a coordinator of its organisation, hands a role over");
        }
        return trajectory;
    }

    /** Every handover of the trajectory's roles, newest first. */
    @Transactional(readOnly = true)
    public List<LeadershipHandover> handovers(TrajectoryId trajectoryId) {
        return handovers.findByTrajectoryIdNewestFirst(trajectoryId);
    }

    /**
     * The process moved the trajectory into a phase; the transition is kept (for lead times). Entering
     * the phase it is in already changes nothing.
     */
    public void enterPhase(TrajectoryId trajectoryId, Phase phase) {
        Trajectory trajectory = get(trajectoryId);
        if (trajectory.phase() != phase) {
            trajectory.enter(phase);
            recordTransition(trajectory);
        }
    }

    /** A participant steps back; their input and votes stay on record. */
    public void stepBack(TrajectoryId trajectoryId, ParticipantId participantId) {
        get(trajectoryId).stepBack(participantId, clock.instant());
    }

    /** After an evaluation: another cycle of working together. */
    public void startNewCycle(TrajectoryId trajectoryId) {
        Trajectory trajectory = get(trajectoryId);
        trajectory.startNewCycle();
        recordTransition(trajectory);
    }

    public void close(TrajectoryId trajectoryId) {
        Trajectory trajectory = get(trajectoryId);
        trajectory.close(clock.instant());
        recordTransition(trajectory);
    }

    /** Closes the trajectory before its process ends, keeping the reason (the caller ends the process). */
    public void closeEarly(TrajectoryId trajectoryId, String reason) {
        Trajectory trajectory = get(trajectoryId);
        trajectory.closeEarly(reason, clock.instant());
        recordTransition(trajectory);
    }

    /** The coordinator sets how long people have to answer; what is asked from now on is due that much later. */
    public Trajectory changeResponseTime(TrajectoryId trajectoryId, ResponseTime responseTime) {
        Trajectory trajectory = get(trajectoryId);
        trajectory.changeResponseTime(responseTime);
        return trajectory;
    }

    /** When an answer asked for now is due: now plus the trajectory's response time. */
    @Transactional(readOnly = true)
    public Instant responseDue(TrajectoryId trajectoryId) {
        return get(trajectoryId).responseTime().dueFrom(clock.instant());
    }

    /**
     * Records a reminder to a person who let the due date of an answer pass (the process asks for
     * it when the due date passes). Someone who no longer takes part is not reminded: nothing is
     * recorded and the answer is empty.
     */
    public Optional<ResponseReminder> remindSilentParticipant(TrajectoryId trajectoryId, PersonId personId,
            AwaitedResponse awaited, Instant dueAt) {
        Trajectory trajectory = get(trajectoryId);
        return trajectory.participantOf(personId).filter(Participant::isActive)
                .map(participant -> responseReminders.save(
                        new ResponseReminder(trajectory, participant, awaited, dueAt, clock.instant())));
    }

    /** The reminders of the trajectory's silent participants, oldest first. */
    @Transactional(readOnly = true)
    public List<ResponseReminder> responseReminders(TrajectoryId trajectoryId) {
        return responseReminders.findByTrajectoryIdOrderByRemindedAt(get(trajectoryId).id());
    }

    /** The phases the trajectory entered, in order (the first is its start). */
    @Transactional(readOnly = true)
    public List<PhaseTransition> phaseTransitions(TrajectoryId trajectoryId) {
        return phaseTransitions.findByTrajectoryIdOrderByEnteredAtAscCycleAsc(trajectoryId);
    }

    private void recordTransition(Trajectory trajectory) {
        phaseTransitions.save(new PhaseTransition(trajectory, clock.instant()));
    }

    /** Records a progress update sent to the trajectory's residents. */
    public ProgressUpdate recordProgressUpdate(TrajectoryId trajectoryId, String message, UpdateChannel channel) {
        return progressUpdates.save(new ProgressUpdate(get(trajectoryId), message, channel, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<ProgressUpdate> progressUpdates(TrajectoryId trajectoryId) {
        return progressUpdates.findByTrajectoryIdOrderBySentAtDesc(get(trajectoryId).id());
    }

    /**
     * The latest {@code perTrajectory} progress updates of each of these trajectories, newest first,
     * in one statement; a trajectory without updates is absent.
     */
    @Transactional(readOnly = true)
    public Map<TrajectoryId, List<ProgressUpdate>> latestProgressUpdates(Collection<TrajectoryId> trajectoryIds,
            int perTrajectory) {
        if (trajectoryIds.isEmpty()) {
            return Map.of();
        }
        Map<TrajectoryId, List<ProgressUpdate>> latest = new HashMap<>();
        for (ProgressUpdate update : progressUpdates.findLatest(trajectoryIds, perTrajectory)) {
            List<ProgressUpdate> ofTrajectory = latest.computeIfAbsent(update.trajectoryId(), id -> new ArrayList<>());
            if (ofTrajectory.size() < perTrajectory) {
                ofTrajectory.add(update);
            }
        }
        return latest;
    }

    /**
     * The trajectories a person may see: those they take part in and, for a professional, those of
     * their organisation.
     */
    @Transactional(readOnly = true)
    public Page<Trajectory> visibleTo(PersonId personId, Pageable page) {
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
        return person.isResident() || person.organisationId() == null ? trajectories.findTakingPartIn(personId, page)
                : trajectories.findVisibleTo(personId, person.organisationId(), page);
    }

    /**
     * One page of the trajectories a person may see (as {@link #visibleTo(PersonId, Pageable)}), in
     * the given phase or any (null), newest first: list rows, without the participants.
     */
    @Transactional(readOnly = true)
    public Page<TrajectorySummary> summariesVisibleTo(PersonId personId, Phase phase, Pageable page) {
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
        return person.isResident() || person.organisationId() == null
                ? trajectories.findSummariesTakingPartIn(personId, phase, page)
                : trajectories.findSummariesVisibleTo(personId, person.organisationId(), phase, page);
    }

    /** The trajectories the person takes part in (also those they stepped back from), newest first: a resident's own. */
    @Transactional(readOnly = true)
    public List<Trajectory> takingPartIn(PersonId personId) {
        return trajectories.findByParticipant(personId);
    }

    /**
     * The trajectories the person takes part in and has not stepped back from, newest first, in one
     * statement that loads no participant lists: a resident's current trajectories.
     */
    @Transactional(readOnly = true)
    public List<ActiveParticipation> activeParticipations(PersonId personId) {
        return trajectories.findActiveParticipations(personId);
    }

    /**
     * The reference and title of each of these trajectories, in one statement whatever their number:
     * for a page whose rows each name a trajectory. The caller decides what the person may see.
     */
    @Transactional(readOnly = true)
    public List<TrajectoryHeading> headings(Collection<TrajectoryId> ids) {
        return ids.isEmpty() ? List.of() : trajectories.findHeadings(ids);
    }

    /**
     * The open trajectories the person works in (as coordinator, or taking part without having
     * stepped back), newest first, at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<TrajectoryHeading> openWorkedOnBy(PersonId personId, int limit) {
        return trajectories.findOpenHeadingsWorkedOnBy(personId, Limit.of(limit));
    }

    /** The open trajectory the person works in with this reference (any case), if there is one. */
    @Transactional(readOnly = true)
    public Optional<TrajectoryHeading> openWorkedOnBy(PersonId personId, String reference) {
        return reference == null || reference.isBlank() ? Optional.empty()
                : trajectories.findOpenHeadingWorkedOnBy(personId, reference.strip());
    }

    /** One trajectory the person may see; any other answers as not found. */
    @Transactional(readOnly = true)
    public Trajectory visibleTo(TrajectoryId trajectoryId, PersonId personId) {
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
        Trajectory trajectory = trajectories.findById(trajectoryId)
                .orElseThrow(() -> new NotFoundException("trajectory", trajectoryId));
        boolean ownOrganisation = !person.isResident() && trajectory.organisationId().equals(person.organisationId());
        if (!ownOrganisation && trajectory.participantOf(personId).isEmpty()) {
            throw new NotFoundException("trajectory", trajectoryId);
        }
        return trajectory;
    }

    /** A trajectory the person coordinates; refused for one they only see, not found for any other. */
    @Transactional(readOnly = true)
    public Trajectory coordinatedBy(TrajectoryId trajectoryId, PersonId personId) {
        Trajectory trajectory = visibleTo(trajectoryId, personId);
        if (!trajectory.coordinatorId().equals(personId)) {
            throw new NotAllowedException("trajectory.not-your-coordination",
                    "only the trajectory's coordinator does this");
        }
        return trajectory;
    }

    /**
     * A trajectory the person works on: its coordinator, or a professional taking part who has not
     * stepped back. Refused for one they only see (a colleague of the organisation, a resident), not
     * found for any other.
     */
    @Transactional(readOnly = true)
    public Trajectory workedOnBy(TrajectoryId trajectoryId, PersonId personId) {
        Trajectory trajectory = visibleTo(trajectoryId, personId);
        if (!trajectory.isWorkedOnBy(personId)) {
            throw new NotAllowedException("trajectory.not-working-on-it",
                    "only the trajectory's coordinator and the professionals taking part do this");
        }
        return trajectory;
    }

    @Transactional(readOnly = true)
    public Trajectory get(TrajectoryId id) {
        return trajectories.findById(id).orElseThrow(() -> new NotFoundException("trajectory", id));
    }

    private Person person(String field, PersonId id) {
        if (id == null) {
            throw new RuleViolationException(field, "required", field + " is required");
        }
        return people.findById(id)
                .orElseThrow(() -> new RuleViolationException(field, "person.unknown", "unknown person " + id));
    }
}
