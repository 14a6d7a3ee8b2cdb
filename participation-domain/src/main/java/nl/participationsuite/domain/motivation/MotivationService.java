package nl.participationsuite.domain.motivation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.participationsuite.domain.shared.NotFoundException;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryId;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording and reading residents' motivation profiles (after the conversation, or by the resident). */
@Service
@Transactional
public class MotivationService {

    private final TrajectoryService trajectoryService;

    private final MotivationProfiles profiles;

    private final Clock clock;

    MotivationService(TrajectoryService trajectoryService, MotivationProfiles profiles, Clock clock) {
        this.trajectoryService = trajectoryService;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** Records the resident's profile: the first version, or a new one that keeps the previous in the history. */
    public MotivationProfile record(TrajectoryId trajectoryId, RecordMotivation record) {
        Trajectory trajectory = trajectoryService.get(trajectoryId);
        Instant now = clock.instant();
        Optional<MotivationProfile> existing = record.participantId() == null ? Optional.empty()
                : profiles.findByTrajectoryIdAndParticipantId(trajectoryId, record.participantId());
        if (existing.isPresent()) {
            existing.get().revise(trajectory, record, now);
            return profiles.save(existing.get());
        }
        return profiles.save(new MotivationProfile(trajectory, record, now));
    }

    @Transactional(readOnly = true)
    public MotivationProfile get(TrajectoryId trajectoryId, ParticipantId participantId) {
        return find(trajectoryId, participantId)
                .orElseThrow(() -> new NotFoundException("motivation profile of participant", participantId));
    }

    /** The resident's profile, if one was recorded yet. */
    @Transactional(readOnly = true)
    public Optional<MotivationProfile> find(TrajectoryId trajectoryId, ParticipantId participantId) {
        return profiles.findByTrajectoryIdAndParticipantId(trajectoryService.get(trajectoryId).id(), participantId);
    }

    /** The profiles recorded in a trajectory, in the order they were first recorded. */
    @Transactional(readOnly = true)
    public List<MotivationProfile> list(TrajectoryId trajectoryId) {
        return profiles.findByTrajectoryIdOrderByCreatedAt(trajectoryService.get(trajectoryId).id());
    }

    /** When and where the residents taking part now said they can take part, from their current boundaries. */
    @Transactional(readOnly = true)
    public ResidentPreferences residentPreferences(TrajectoryId trajectoryId) {
        Trajectory trajectory = trajectoryService.get(trajectoryId);
        Set<ParticipantId> residents = trajectory.activeResidents().stream().map(Participant::id)
                .collect(Collectors.toSet());
        List<Motivation> current = profiles.findByTrajectoryIdOrderByCreatedAt(trajectory.id()).stream()
                .filter(profile -> residents.contains(profile.participantId()))
                .map(MotivationProfile::motivation)
                .toList();
        return ResidentPreferences.of(current.stream().map(Motivation::preferredTimes).toList(),
                current.stream().map(Motivation::preferredVenueTypes).toList());
    }
}
