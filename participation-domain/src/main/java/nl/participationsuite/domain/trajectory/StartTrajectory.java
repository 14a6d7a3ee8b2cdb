package nl.participationsuite.domain.trajectory;

/**
 * What a coordinator fills in to start a trajectory. The thresholds of the early involvement gate
 * are optional: without them the handbook's defaults apply (5 residents from 2 channels).
 */
public record StartTrajectory(String title, String topic, String area, TrajectoryKind kind,
        ParticipationLevel intendedLevel, OrganisationId organisationId, PersonId coordinatorId,
        PersonId contactPersonId, Integer minimumResidents, Integer minimumChannels) {
}
