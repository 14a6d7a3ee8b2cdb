package nl.participationsuite.workflow.motivation;

import java.util.Set;

import nl.participationsuite.domain.motivation.EnergySource;
import nl.participationsuite.domain.motivation.PreferredTime;
import nl.participationsuite.domain.trajectory.ParticipationLevel;
import nl.participationsuite.workflow.tasks.TaskOutcome;

/** What the professional heard in the conversation: what gives the resident energy, their boundaries and support needs. */
public record MotivationOutcome(Set<EnergySource> energySources, Integer hoursPerMonth,
        Set<ParticipationLevel> involvementKinds, Set<PreferredTime> preferredTimes, String supportNeeds)
        implements TaskOutcome {
}
