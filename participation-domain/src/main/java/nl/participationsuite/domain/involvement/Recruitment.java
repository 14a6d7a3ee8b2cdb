package nl.participationsuite.domain.involvement;

import java.time.Instant;

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
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;

/**
 * How one resident of a trajectory was recruited. One per resident per trajectory: the channel
 * that first reached them is what the gate and the reports count.
 */
@Entity
@Table(name = "recruitment")
public class Recruitment extends AuditedEntity {

    @EmbeddedId
    private RecruitmentId id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "trajectory_id", nullable = false))
    private TrajectoryId trajectoryId;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "participant_id", nullable = false))
    private ParticipantId participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private RecruitmentChannel channel;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "network_id"))
    private ExistingNetworkId networkId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Recruitment() {
    }

    /**
     * Refuses a participant who is not a resident of the trajectory, and a channel that does not
     * fit the network: reached through an existing network means naming that network, any other
     * channel means naming none.
     */
    Recruitment(Trajectory trajectory, ParticipantId participantId, RecruitmentChannel channel,
            ExistingNetwork network, Instant now) {
        trajectory.requireOpen();
        if (participantId == null) {
            throw new RuleViolationException("participantId", "required", "participantId is required");
        }
        Participant participant = trajectory.participant(participantId);
        if (!participant.isResident()) {
            throw new RuleViolationException("participantId", "recruitment.not-a-resident",
                    "participant " + participantId + " is not a resident");
        }
        if (channel == null) {
            throw new RuleViolationException("channel", "required", "channel is required");
        }
        if (channel == RecruitmentChannel.EXISTING_NETWORK && network == null) {
            throw new RuleViolationException("networkId", "recruitment.network-required",
                    "recruitment through an existing network names that network");
        }
        if (channel != RecruitmentChannel.EXISTING_NETWORK && network != null) {
            throw new RuleViolationException("networkId", "recruitment.network-not-applicable",
                    "only recruitment through an existing network names a network");
        }
        if (network != null && !network.trajectoryId().equals(trajectory.id())) {
            throw new RuleViolationException("networkId", "recruitment.network-unknown",
                    "network " + network.id() + " is not mapped for this trajectory");
        }
        this.id = RecruitmentId.random();
        this.trajectoryId = trajectory.id();
        this.participantId = participantId;
        this.channel = channel;
        this.networkId = network == null ? null : network.id();
        this.recordedAt = now;
    }

    public RecruitmentId id() {
        return id;
    }

    public TrajectoryId trajectoryId() {
        return trajectoryId;
    }

    public ParticipantId participantId() {
        return participantId;
    }

    public RecruitmentChannel channel() {
        return channel;
    }

    /** The network the resident was reached through; null for any other channel. */
    public ExistingNetworkId networkId() {
        return networkId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
