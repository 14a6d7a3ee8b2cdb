package nl.participationsuite.web.workspace.tasks;

import nl.participationsuite.web.taskforms.ParticipantNames;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.participationsuite.domain.motivation.EnergySource;
import nl.participationsuite.domain.motivation.Motivation;
import nl.participationsuite.domain.motivation.MotivationService;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.motivation.ProfileSource;
import nl.participationsuite.domain.trajectory.Participant;
import nl.participationsuite.domain.trajectory.ParticipantId;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.domain.trajectory.Trajectory;
import nl.participationsuite.domain.trajectory.TrajectoryService;
import nl.participationsuite.workflow.TrajectoryProcess.VariableNames;
import nl.participationsuite.workflow.tasks.TaskContext;

/**
 * What a motivation conversation starts from: which resident it is with, and what is on record
 * about their motivation already (filled in by the resident, or from an earlier conversation).
 */
@Component
public class MotivationContext {

    private final TrajectoryService trajectories;

    private final MotivationService motivations;

    private final ParticipantNames names;

    MotivationContext(TrajectoryService trajectories, MotivationService motivations, ParticipantNames names) {
        this.trajectories = trajectories;
        this.motivations = motivations;
        this.names = names;
    }

    /** The resident and, if any, the profile on record now. */
    public record Conversation(String residentName, Earlier earlier) {
    }

    /** The profile on record: what it says, who recorded it (the resident or a professional, by name) and when. */
    public record Earlier(Set<EnergySource> energySources, int hoursPerMonth, Set<ParticipationLevel> involvementKinds,
            Set<PreferredTime> preferredTimes, String supportNeeds, boolean byResident, String recordedBy,
            Instant recordedAt) {
    }

    public Conversation load(TaskContext task) {
        Trajectory trajectory = trajectories.get(task.trajectoryId());
        Participant resident = trajectory.participant(ParticipantId.of(task.variable(VariableNames.RESIDENT_PARTICIPANT_ID)));
        Optional<Motivation> onRecord = motivations.find(trajectory.id(), resident.id()).map(profile -> profile.motivation());
        Earlier earlier = onRecord.map(motivation -> new Earlier(motivation.energySources(), motivation.hoursPerMonth(),
                motivation.involvementKinds(), motivation.preferredTimes(), motivation.supportNeeds(),
                motivation.source() == ProfileSource.RESIDENT, names.of(motivation.recordedBy()), motivation.recordedAt()))
                .orElse(null);
        return new Conversation(names.of(resident.personId()), earlier);
    }
}
