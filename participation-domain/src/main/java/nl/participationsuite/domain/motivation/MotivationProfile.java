package nl.participationsuite.domain.motivation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.PersonKind;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * The motivation profile of one resident in one trajectory: its current version, and every
 * earlier one (residents change their boundaries; what was agreed before stays attributable).
 */
@Entity
@Table(name = "motivation_profile")
public class MotivationProfile extends AuditedEntity {

    @EmbeddedId
    private MotivationProfileId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false))
    private TrajectoryId trajectoryId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "participant_id", nullable = false))
    private ParticipantId participantId;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Embedded
    private Motivation motivation;

    // Part of the aggregate: a handful of versions per resident.
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "profile_id", nullable = false)
    @OrderBy("revision")
    private List<MotivationRevision> history = new ArrayList<>();

    protected MotivationProfile() {
    }

    /** The first profile of a resident of the trajectory. */
    MotivationProfile(Trajectory trajectory, RecordMotivation record, Instant now) {
        Motivation first = checked(trajectory, record, now);
        this.id = MotivationProfileId.random();
        this.trajectoryId = trajectory.id();
        this.participantId = record.participantId();
        this.revision = 1;
        this.motivation = first;
    }

    /** A new version; the current one moves to the history. */
    void revise(Trajectory trajectory, RecordMotivation record, Instant now) {
        RecordMotivation asked = record.preferredVenueTypes() != null ? record
                : record.withPreferredVenueTypes(motivation.preferredVenueTypes());
        Motivation next = checked(trajectory, asked, now);
        history.add(new MotivationRevision(revision, motivation, now));
        this.revision++;
        this.motivation = next;
    }

    /**
     * Only residents of an open trajectory have a profile. In a conversation a professional of the
     * trajectory records it; otherwise only the resident themself does.
     */
    private static Motivation checked(Trajectory trajectory, RecordMotivation record, Instant now) {
        trajectory.requireOpen();
        if (record.participantId() == null) {
            throw new RuleViolationException("participantId", "required", "participantId is required");
        }
        Participant resident = trajectory.participant(record.participantId());
        if (!resident.isResident()) {
            throw new RuleViolationException("participantId", "motivation.not-a-resident",
                    "participant " + record.participantId() + " is not a resident");
        }
        Motivation motivation = new Motivation(record, now);
        boolean allowed = switch (motivation.source()) {
            case RESIDENT -> resident.personId().equals(motivation.recordedBy());
            case CONVERSATION -> trajectory.participantOf(motivation.recordedBy())
                    .filter(recorder -> recorder.kind() == PersonKind.PROFESSIONAL).isPresent();
        };
        if (!allowed) {
            throw new RuleViolationException("recordedBy", "motivation.recorder-not-allowed",
                    motivation.source() == ProfileSource.RESIDENT
                            ? "a resident records only their own profile"
                            : "a motivation conversation is recorded by a professional of the trajectory");
        }
        return motivation;
    }

    public MotivationProfileId id() {
        return id;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    public ParticipantId participantId() {
        return participantId;
    }

    /** The number of the current version: 1 for the first, counting up. */
    public int revision() {
        return revision;
    }

    public Motivation motivation() {
        return motivation;
    }

    /** The earlier versions, oldest first. */
    public List<MotivationRevision> history() {
        return List.copyOf(history);
    }
}
