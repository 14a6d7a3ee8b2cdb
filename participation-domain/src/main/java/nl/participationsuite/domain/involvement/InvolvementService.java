package nl.participationsuite.domain.involvement;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.participationsuite.domain.shared.RuleViolationException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Involving residents early: mapping existing networks, recording recruitment, and the gate's facts. */
@Service
@Transactional
public class InvolvementService {

    private final TrajectoryService trajectoryService;

    private final ExistingNetworks networks;

    private final Recruitments recruitments;

    private final CoordinatorReminders reminders;

    private final Clock clock;

    InvolvementService(TrajectoryService trajectoryService, ExistingNetworks networks, Recruitments recruitments,
            CoordinatorReminders reminders, Clock clock) {
        this.trajectoryService = trajectoryService;
        this.networks = networks;
        this.recruitments = recruitments;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Records a network that already exists around the trajectory. */
    public ExistingNetwork mapNetwork(TrajectoryId trajectoryId, MapNetwork network) {
        return networks.save(new ExistingNetwork(trajectoryService.get(trajectoryId), network));
    }

    /**
     * Records how a resident of the trajectory was recruited; {@code networkId} names the network
     * for {@link RecruitmentChannel#EXISTING_NETWORK} and is null otherwise.
     */
    public Recruitment recordRecruitment(TrajectoryId trajectoryId, ParticipantId participantId,
            RecruitmentChannel channel, ExistingNetworkId networkId) {
        Trajectory trajectory = trajectoryService.get(trajectoryId);
        ExistingNetwork network = networkId == null ? null : networks.findById(networkId)
                .filter(candidate -> candidate.trajectoryId().equals(trajectoryId))
                .orElseThrow(() -> new RuleViolationException("networkId", "recruitment.network-unknown",
                        "network " + networkId + " is not mapped for this trajectory"));
        Recruitment recruitment = new Recruitment(trajectory, participantId, channel, network, clock.instant());
        if (recruitments.existsByTrajectoryIdAndParticipantId(trajectoryId, participantId)) {
            throw new RuleViolationException("participantId", "recruitment.already-recorded",
                    "the recruitment of participant " + participantId + " is already recorded");
        }
        return recruitments.save(recruitment);
    }

    /** Active residents with a recruitment, the channels they came through, and the thresholds. */
    @Transactional(readOnly = true)
    public EarlyInvolvementStatus status(TrajectoryId trajectoryId) {
        return status(trajectoryService.get(trajectoryId));
    }

    /** Records that the coordinator was reminded now; the process does this every 14 days while the gate holds. */
    public CoordinatorReminder remindCoordinator(TrajectoryId trajectoryId) {
        Trajectory trajectory = trajectoryService.get(trajectoryId);
        return reminders.save(new CoordinatorReminder(trajectory, status(trajectory), clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<CoordinatorReminder> reminders(TrajectoryId trajectoryId) {
        return reminders.findByTrajectoryIdOrderByRemindedAt(trajectoryService.get(trajectoryId).id());
    }

    @Transactional(readOnly = true)
    public List<ExistingNetwork> networks(TrajectoryId trajectoryId) {
        return networks.findByTrajectoryIdOrderByName(trajectoryService.get(trajectoryId).id());
    }

    @Transactional(readOnly = true)
    public List<Recruitment> recruitments(TrajectoryId trajectoryId) {
        return recruitments.findByTrajectoryIdOrderByRecordedAt(trajectoryService.get(trajectoryId).id());
    }

    private EarlyInvolvementStatus status(Trajectory trajectory) {
        Set<ParticipantId> activeResidents = trajectory.activeResidents().stream().map(Participant::id)
                .collect(Collectors.toSet());
        List<Recruitment> involved = recruitments.findByTrajectoryIdOrderByRecordedAt(trajectory.id()).stream()
                .filter(recruitment -> activeResidents.contains(recruitment.participantId()))
                .toList();
        int channels = (int) involved.stream().map(Recruitment::channel).distinct().count();
        return new EarlyInvolvementStatus(involved.size(), channels, trajectory.minimumResidents(),
                trajectory.minimumChannels());
    }
}
