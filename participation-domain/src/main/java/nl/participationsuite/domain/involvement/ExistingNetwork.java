package nl.participationsuite.domain.involvement;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import nl.participationsuite.domain.shared.AuditedEntity;
import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.shared.Texts;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/** A council, club or initiative that already exists around a trajectory: where to start recruiting. */
@Entity
@Table(name = "existing_network")
public class ExistingNetwork extends AuditedEntity {

    @EmbeddedId
    private ExistingNetworkId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false))
    private TrajectoryId trajectoryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private NetworkKind kind;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "contact_note")
    private String contactNote;

    protected ExistingNetwork() {
    }

    ExistingNetwork(Trajectory trajectory, MapNetwork network) {
        trajectory.requireOpen();
        if (network.kind() == null) {
            throw new RuleViolationException("kind", "required", "kind is required");
        }
        String validName = Texts.requiredLine("name", network.name(), 200);
        String validNote = Texts.optional("contactNote", network.contactNote(), 1000);
        this.id = ExistingNetworkId.random();
        this.trajectoryId = trajectory.id();
        this.kind = network.kind();
        this.name = validName;
        this.contactNote = validNote;
    }

    public ExistingNetworkId id() {
        return id;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    public NetworkKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String contactNote() {
        return contactNote;
    }
}
