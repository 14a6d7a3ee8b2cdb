package nl.participationsuite.domain.success;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import nl.participationsuite.domain.input.InputId;
import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.SensibleDates;
import nl.participationsuite.domain.shared.Texts;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.vision.SuccessCriterionId;

/**
 * Something the trajectory achieved, registered in the cycle it was achieved in, with the input
 * and success criteria it relates to. Residents only experience a success once it is made
 * visible to them, which is a separate step.
 */
@Entity
@Table(name = "success")
public class Success extends AuditedEntity {

    @EmbeddedId
    private SuccessId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false))
    private TrajectoryId trajectoryId;

    @Column(name = "cycle", nullable = false)
    private int cycle;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private SuccessKind kind;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description")
    private String description;

    @Column(name = "achieved_on", nullable = false)
    private LocalDate achievedOn;

    @Column(name = "visible_at")
    private Instant visibleAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "visible_how")
    private VisibilityChannel visibleHow;

    // Links fixed at registration; the success's own audit columns attribute them.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "success_input", joinColumns = @JoinColumn(name = "success_id"))
    @AttributeOverride(name = "value", column = @Column(name = "input_id", nullable = false))
    private Set<InputId> inputIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "success_criterion_link", joinColumns = @JoinColumn(name = "success_id"))
    @AttributeOverride(name = "value", column = @Column(name = "success_criterion_id", nullable = false))
    private Set<SuccessCriterionId> successCriterionIds = new HashSet<>();

    protected Success() {
    }

    /**
     * A success of the trajectory's current cycle. The service has checked that the linked input
     * belongs to the trajectory and the criteria to its adopted vision.
     */
    Success(Trajectory trajectory, RegisterSuccess success, LocalDate today) {
        if (success.kind() == null) {
            throw new RuleViolationException("kind", "required", "kind is required");
        }
        String checkedTitle = Texts.requiredLine("title", success.title(), 200);
        String checkedDescription = Texts.optional("description", success.description(), 4000);
        if (success.achievedOn() == null) {
            throw new RuleViolationException("achievedOn", "required", "achievedOn is required");
        }
        SensibleDates.require("achievedOn", success.achievedOn(), today);
        if (success.achievedOn().isAfter(today)) {
            throw new RuleViolationException("achievedOn", "success.achieved-in-future",
                    "a success is registered once it is achieved");
        }
        this.id = SuccessId.random();
        this.trajectoryId = trajectory.id();
        this.cycle = trajectory.cycle();
        this.kind = success.kind();
        this.title = checkedTitle;
        this.description = checkedDescription;
        this.achievedOn = success.achievedOn();
        if (success.inputIds() != null) {
            this.inputIds.addAll(success.inputIds());
        }
        if (success.successCriterionIds() != null) {
            this.successCriterionIds.addAll(success.successCriterionIds());
        }
    }

    /** Residents were told about the success; once. */
    void makeVisible(VisibilityChannel channel, Instant now) {
        if (channel == null) {
            throw new RuleViolationException("channel", "required", "channel is required");
        }
        if (isVisible()) {
            throw new RuleViolationException("success", "success.already-visible",
                    "success " + title + " was already made visible on " + visibleAt);
        }
        this.visibleHow = channel;
        this.visibleAt = now;
    }

    public SuccessId id() {
        return id;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    /** The trajectory's cycle the success was registered in. */
    public int cycle() {
        return cycle;
    }

    public SuccessKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public LocalDate achievedOn() {
        return achievedOn;
    }

    public Instant visibleAt() {
        return visibleAt;
    }

    public VisibilityChannel visibleHow() {
        return visibleHow;
    }

    public boolean isVisible() {
        return visibleAt != null;
    }

    public Set<InputId> inputIds() {
        return Set.copyOf(inputIds);
    }

    public Set<SuccessCriterionId> successCriterionIds() {
        return Set.copyOf(successCriterionIds);
    }
}
