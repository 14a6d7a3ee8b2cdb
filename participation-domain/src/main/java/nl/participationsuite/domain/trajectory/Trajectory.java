package nl.participationsuite.domain.trajectory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.Texts;

/**
 * A participation trajectory: what it is about, who coordinates it and who the fixed contact
 * person is, the phase it is in and the people taking part. The thresholds of the early
 * involvement gate are the handbook's defaults unless the trajectory sets its own.
 */
@Entity
@Table(name = "trajectory")
public class Trajectory extends AuditedEntity {

    public static final int DEFAULT_MINIMUM_RESIDENTS = 5;

    public static final int DEFAULT_MINIMUM_CHANNELS = 2;

    /** Longest reason for closing a trajectory early. */
    public static final int MAX_CLOSED_EARLY_REASON = 1000;

    /** Longest justification for recruiting through fewer than {@link #DEFAULT_MINIMUM_CHANNELS} channels. */
    public static final int MAX_CHANNELS_JUSTIFICATION = 1000;

    @EmbeddedId
    private TrajectoryId id;

    @Column(name = "reference", nullable = false, unique = true, updatable = false)
    private String reference;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "topic", nullable = false)
    private String topic;

    @Column(name = "area", nullable = false)
    private String area;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private TrajectoryKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "intended_level", nullable = false)
    private ParticipationLevel intendedLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false)
    private Phase phase;

    @Column(name = "cycle", nullable = false)
    private int cycle;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "organisation_id", nullable = false))
    private OrganisationId organisationId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "coordinator_id", nullable = false))
    private PersonId coordinatorId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "contact_person_id", nullable = false))
    private PersonId contactPersonId;

    @Column(name = "minimum_residents", nullable = false)
    private int minimumResidents;

    @Column(name = "minimum_channels", nullable = false)
    private int minimumChannels;

    @Column(name = "response_days", nullable = false)
    private int responseDays;

    @Column(name = "minimum_channels_justification")
    private String minimumChannelsJustification;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_early_reason")
    private String closedEarlyReason;

    // Part of the aggregate: always loaded with it (a trajectory has tens of participants, not thousands).
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "trajectory_id", nullable = false)
    @OrderBy("joinedAt")
    private List<Participant> participants = new ArrayList<>();

    protected Trajectory() {
    }

    Trajectory(String reference, StartTrajectory start, Person coordinator, Person contactPerson, Instant now) {
        this.id = TrajectoryId.random();
        this.reference = reference;
        this.title = Texts.requiredLine("title", start.title(), 200);
        this.topic = Texts.requiredLine("topic", start.topic(), 200);
        this.area = Texts.requiredLine("area", start.area(), 200);
        this.kind = required("kind", start.kind());
        this.intendedLevel = required("intendedLevel", start.intendedLevel());
        this.organisationId = required("organisationId", start.organisationId());
        LeadershipPolicy.requireCoordinator("coordinatorId", kind, coordinator);
        LeadershipPolicy.requireContactPerson("contactPersonId", kind, contactPerson, coordinator.id(),
                organisationsWith(coordinator.organisationId()));
        this.coordinatorId = coordinator.id();
        this.contactPersonId = contactPerson.id();
        this.minimumResidents = atLeast("minimumResidents",
                start.minimumResidents() == null ? DEFAULT_MINIMUM_RESIDENTS : start.minimumResidents(), 2);
        this.minimumChannels = atLeast("minimumChannels",
                start.minimumChannels() == null ? DEFAULT_MINIMUM_CHANNELS : start.minimumChannels(), 1);
        this.responseDays = ResponseTime.DEFAULT_DAYS;
        this.minimumChannelsJustification = channelsJustification(minimumChannels,
                start.minimumChannelsJustification());
        this.phase = Phase.EARLY_INVOLVEMENT;
        this.cycle = 1;
        this.startedAt = now;
        join(coordinator, now);
        if (!contactPerson.id().equals(coordinator.id())) {
            join(contactPerson, now);
        }
    }

    /**
     * Residents are reached through more than one channel (handbook: early involvement through councils,
     * clubs, door to door, online...). A trajectory may count on a single channel only when the coordinator
     * records why; above that minimum no justification is kept.
     */
    private static String channelsJustification(int minimumChannels, String justification) {
        if (minimumChannels >= DEFAULT_MINIMUM_CHANNELS) {
            return null;
        }
        String valid = Texts.optional("minimumChannelsJustification", justification, MAX_CHANNELS_JUSTIFICATION);
        if (valid == null) {
            throw new RuleViolationException("minimumChannelsJustification", "trajectory.single-channel-unjustified",
                    "recruiting through fewer than " + DEFAULT_MINIMUM_CHANNELS + " channels needs a justification");
        }
        return valid;
    }

    /**
     * Hands the coordinator or contact person role to another person, for a reason (required): the
     * {@link LeadershipPolicy} applies as at the start, {@code partnerOrganisations} being the
     * organisations of the professionals taking part. A resident becomes coordinator (of a resident
     * initiative) only while taking part; a professional who does not take part yet joins. The
     * previous holder stays a participant. The returned record is the history entry.
     */
    public LeadershipHandover handOver(LeadershipRole role, Person to, PersonId by, String reason,
            Collection<OrganisationId> partnerOrganisations, Instant now) {
        requireOpen();
        required("role", role);
        required("personId", to);
        String validReason = Texts.required("reason", reason, LeadershipHandover.MAX_REASON);
        PersonId from = role == LeadershipRole.COORDINATOR ? coordinatorId : contactPersonId;
        if (from.equals(to.id())) {
            throw new RuleViolationException("personId", "trajectory.handover-to-holder",
                    "person " + to.id() + " already holds this role");
        }
        Optional<Participant> participant = participantOf(to.id());
        if (participant.filter(p -> !p.isActive()).isPresent()) {
            throw new RuleViolationException("personId", "trajectory.leader-stepped-back",
                    "person " + to.id() + " stepped back from this trajectory");
        }
        Set<OrganisationId> organisations = new HashSet<>(partnerOrganisations);
        organisations.add(organisationId);
        if (role == LeadershipRole.COORDINATOR) {
            LeadershipPolicy.requireCoordinator("personId", kind, to);
            if (to.isResident() && participant.isEmpty()) {
                throw new RuleViolationException("personId", "trajectory.resident-coordinator-not-taking-part",
                        "a resident coordinates only a trajectory they take part in");
            }
            if (!to.isResident() && !organisations.contains(to.organisationId())) {
                throw new RuleViolationException("personId", "trajectory.coordinator-not-of-its-organisations",
                        "the coordinator is a professional of one of the trajectory's organisations");
            }
            if (contactPersonId.equals(coordinatorId) && participantOf(coordinatorId)
                    .filter(Participant::isResident).isPresent()) {
                throw new RuleViolationException("personId", "trajectory.hand-over-contact-first",
                        "the resident coordinator is also the contact person: hand that role over first");
            }
            this.coordinatorId = to.id();
        }
        else {
            LeadershipPolicy.requireContactPerson("personId", kind, to, coordinatorId, organisations);
            this.contactPersonId = to.id();
        }
        join(to, now);
        return new LeadershipHandover(id, role, from, to.id(), by, validReason, now);
    }

    private Set<OrganisationId> organisationsWith(OrganisationId partner) {
        Set<OrganisationId> organisations = new HashSet<>();
        organisations.add(organisationId);
        if (partner != null) {
            organisations.add(partner);
        }
        return organisations;
    }

    /** Adds a person; someone who is already a participant is not added twice. */
    public Participant join(Person person, Instant now) {
        requireOpen();
        return participantOf(person.id()).orElseGet(() -> {
            Participant participant = new Participant(person, now);
            participants.add(participant);
            return participant;
        });
    }

    /**
     * The resident steps back; their input and votes stay on record. Only a resident who still
     * takes part in an open trajectory steps back: a professional leaves through their coordinator,
     * and a closed trajectory keeps who took part as it was.
     */
    public void stepBack(ParticipantId participantId, Instant now) {
        requireOpen();
        Participant participant = participant(participantId);
        if (!participant.isResident()) {
            throw new RuleViolationException("participantId", "step-back.not-a-resident",
                    "only residents step back; professionals leave through their coordinator");
        }
        if (!participant.isActive()) {
            throw new RuleViolationException("participantId", "step-back.already",
                    "participant " + participantId + " has already stepped back");
        }
        participant.stepBack(now);
    }

    /**
     * The coordinator's setting: how long a person has to answer a review, a role agreement or a
     * seat. Applies to what is asked from now on; a closed trajectory keeps its setting.
     */
    public void changeResponseTime(ResponseTime responseTime) {
        requireOpen();
        if (responseTime == null) {
            throw new RuleViolationException("responseDays", "required", "responseDays is required");
        }
        this.responseDays = responseTime.days();
    }

    /** Moves on to a phase; a closed trajectory stays closed. */
    public void enter(Phase next) {
        requireOpen();
        this.phase = next;
    }

    /** Starts a new cycle after an evaluation: working together again with the same people. */
    public void startNewCycle() {
        requireOpen();
        this.cycle++;
        this.phase = Phase.WORKING_TOGETHER;
    }

    public void close(Instant now) {
        requireOpen();
        this.phase = Phase.CLOSED;
        this.closedAt = now;
    }

    /** The coordinator closes the trajectory before its process ends, for the reason given (required). */
    public void closeEarly(String reason, Instant now) {
        requireOpen();
        String validReason = Texts.required("reason", reason, MAX_CLOSED_EARLY_REASON);
        close(now);
        this.closedEarlyReason = validReason;
    }

    public boolean isClosed() {
        return phase == Phase.CLOSED;
    }

    /** Refuses any change to a closed trajectory (its records stay, nothing new is added). */
    public void requireOpen() {
        if (isClosed()) {
            throw new RuleViolationException("trajectory", "trajectory.closed", "trajectory " + reference + " is closed");
        }
    }

    public Participant participant(ParticipantId participantId) {
        return participants.stream().filter(p -> p.id().equals(participantId)).findFirst()
                .orElseThrow(() -> new RuleViolationException("participantId", "participant.unknown",
                        "no participant " + participantId + " in trajectory " + reference));
    }

    /** Whether the person works on it: its coordinator, or a professional taking part who has not stepped back. */
    public boolean isWorkedOnBy(PersonId personId) {
        return coordinatorId.equals(personId) || participantOf(personId)
                .filter(participant -> participant.isActive() && !participant.isResident()).isPresent();
    }

    public Optional<Participant> participantOf(PersonId personId) {
        return participants.stream().filter(p -> p.personId().equals(personId)).findFirst();
    }

    /** Everyone still taking part. */
    public List<Participant> activeParticipants() {
        return participants.stream().filter(Participant::isActive).toList();
    }

    /** Residents still taking part. */
    public List<Participant> activeResidents() {
        return participants.stream().filter(Participant::isResident).filter(Participant::isActive).toList();
    }

    public List<Participant> participants() {
        return List.copyOf(participants);
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new RuleViolationException(field, "required", field + " is required");
        }
        return value;
    }

    private static int atLeast(String field, int value, int minimum) {
        if (value < minimum) {
            throw new RuleViolationException(field, "too-small", field + " must be at least " + minimum);
        }
        return value;
    }

    public TrajectoryId id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String title() {
        return title;
    }

    public String topic() {
        return topic;
    }

    public String area() {
        return area;
    }

    public TrajectoryKind kind() {
        return kind;
    }

    public ParticipationLevel intendedLevel() {
        return intendedLevel;
    }

    public Phase phase() {
        return phase;
    }

    public int cycle() {
        return cycle;
    }

    public OrganisationId organisationId() {
        return organisationId;
    }

    public PersonId coordinatorId() {
        return coordinatorId;
    }

    public PersonId contactPersonId() {
        return contactPersonId;
    }

    public int minimumResidents() {
        return minimumResidents;
    }

    public int minimumChannels() {
        return minimumChannels;
    }

    /** How long a person has to answer what the trajectory waits on them for. */
    public ResponseTime responseTime() {
        return new ResponseTime(responseDays);
    }

    /** Why the coordinator counts on fewer than two recruitment channels; null when the minimum is two or more. */
    public String minimumChannelsJustification() {
        return minimumChannelsJustification;
    }

    /** Who holds the role now. */
    public PersonId holderOf(LeadershipRole role) {
        return role == LeadershipRole.COORDINATOR ? coordinatorId : contactPersonId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    /** Why the coordinator closed it early; null when it is open or ran its course. */
    public String closedEarlyReason() {
        return closedEarlyReason;
    }
}
